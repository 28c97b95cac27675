package io.incidentbot.redaction;

import java.util.Locale;

/**
 * Built-in kinds. The snake_case {@link #id} is the stable public name (placeholders, JSON, config).
 *
 * <p>{@link #specificity} breaks ties in overlap resolution: when two detectors claim the same span
 * the more specific one names it (an {@code sk-proj-…} value after {@code api_key=} is an
 * {@code openai_key}, not a {@code generic_secret}). Format-identified kinds rank above
 * context-identified ones, which rank above the keyword fallbacks.
 */
enum Kind {
  // provider and platform keys (identified by their format)
  OPENAI_KEY(100),
  ANTHROPIC_KEY(100),
  GOOGLE_API_KEY(100),
  AWS_ACCESS_KEY_ID(100),
  AWS_SECRET_KEY(90),
  STRIPE_SECRET_KEY(100),
  STRIPE_RESTRICTED_KEY(100),
  SLACK_TOKEN(100),
  SLACK_WEBHOOK(100),
  GITHUB_TOKEN(100),
  WOOCOMMERCE_KEY(100),
  WOOCOMMERCE_SECRET(100),
  SENDGRID_KEY(100),
  MAILCHIMP_KEY(100),
  TWILIO_KEY(100),
  TWILIO_ACCOUNT_SID(100),
  ORDER_KEY(100),
  GENERIC_SECRET(30),
  // credentials
  BEARER_TOKEN(70),
  BASIC_AUTH(80),
  URL_PASSWORD(80),
  PASSWORD(40),
  WP_SALT(90),
  PRIVATE_KEY(100),
  JWT(95),
  SESSION_COOKIE(75),
  PASSWORD_HASH(95),
  WEBHOOK_SECRET(95),
  PURCHASE_CODE(90),
  LICENSE_KEY(85),
  // payment data
  CARD_NUMBER(100),
  CARD_CVV(60),
  CARD_EXPIRY(60),
  IBAN(100),
  // private customer details
  EMAIL(90),
  PHONE(60),
  IP_ADDRESS(60),
  PERSON_NAME(50),
  STREET_ADDRESS(50);

  /** Specificity of user extra patterns: above the fallbacks, below format-identified keys. */
  static final int EXTRA_PATTERN_SPECIFICITY = 92;

  final String id;
  final int specificity;

  Kind(int specificity) {
    this.id = name().toLowerCase(Locale.ROOT);
    this.specificity = specificity;
  }

  static Kind byId(String id) {
    for (Kind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    return null;
  }
}
