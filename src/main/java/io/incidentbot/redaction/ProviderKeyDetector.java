package io.incidentbot.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Provider and platform keys identified by their literal prefix and shape: OpenAI, Anthropic,
 * Google, AWS access key ids, Stripe secret/restricted keys, Stripe webhook secrets, Slack tokens
 * and webhook URLs, GitHub tokens, WooCommerce REST keys, SendGrid, Mailchimp, Twilio and
 * WooCommerce order keys.
 *
 * <p>One pass over the text: at each word start whose first char begins some prefix, the few rules
 * for that char are tried. A key that ends at a line break while still shorter than its known
 * length is followed onto the next line (mail wrapping, text copied from screenshots). Runs longer
 * than a rule allows are skipped whole, so the pass stays linear.
 *
 * <p>Stripe publishable keys ({@code pk_live_…}, {@code pk_test_…}) are deliberately not matched:
 * they are public by design (embedded in every checkout page), cannot move money, and which mode
 * a site uses is often the very thing support must see.
 */
final class ProviderKeyDetector implements Detector {

  /** A shorter fragment on the next line counts as a key's tail only when nothing follows it there. */
  private static final int MIN_WRAPPED_TAIL = 8;

  enum Charset {
    TOKEN, ALNUM, WORD, LOWER_HEX, UPPER_DIGIT, BASE64, TOKEN_DOT;

    boolean test(char c) {
      return switch (this) {
        case TOKEN -> Chars.isTokenChar(c);
        case ALNUM -> Chars.isAlnum(c);
        case WORD -> Chars.isWord(c);
        case LOWER_HEX -> Chars.isLowerHex(c);
        case UPPER_DIGIT -> Chars.isUpper(c) || Chars.isDigit(c);
        case BASE64 -> Chars.isBase64(c);
        case TOKEN_DOT -> Chars.isTokenChar(c) || c == '.';
      };
    }
  }

  enum Shape { ANY, RANDOM, MIXED_CASE_RANDOM, NOT_LOWER_WORD, SENDGRID }

  /**
   * @param minBody  fewest chars after the prefix
   * @param maxBody  most chars after the prefix (longer runs are not keys)
   * @param typical  known body length; a shorter key ending at a line break is followed onto the
   *                 next line. Equal to min and max for fixed-length formats.
   */
  record Rule(String prefix, Kind kind, Charset charset, int minBody, int maxBody, int typical,
              Shape shape) {
    boolean fixed() {
      return minBody == maxBody;
    }
  }

  static final List<Rule> RULES = List.of(
      new Rule("sk-ant-", Kind.ANTHROPIC_KEY, Charset.TOKEN, 32, 250, 101, Shape.RANDOM),
      new Rule("sk-proj-", Kind.OPENAI_KEY, Charset.TOKEN, 20, 300, 156, Shape.RANDOM),
      new Rule("sk-svcacct-", Kind.OPENAI_KEY, Charset.TOKEN, 20, 300, 156, Shape.RANDOM),
      new Rule("sk-admin-", Kind.OPENAI_KEY, Charset.TOKEN, 20, 300, 156, Shape.RANDOM),
      new Rule("sk-None-", Kind.OPENAI_KEY, Charset.TOKEN, 20, 300, 156, Shape.RANDOM),
      new Rule("sk-", Kind.OPENAI_KEY, Charset.TOKEN, 32, 200, 48, Shape.MIXED_CASE_RANDOM),
      new Rule("AIza", Kind.GOOGLE_API_KEY, Charset.TOKEN, 35, 35, 35, Shape.ANY),
      new Rule("sk_live_", Kind.STRIPE_SECRET_KEY, Charset.ALNUM, 20, 255, 99, Shape.RANDOM),
      new Rule("sk_test_", Kind.STRIPE_SECRET_KEY, Charset.ALNUM, 20, 255, 99, Shape.RANDOM),
      new Rule("rk_live_", Kind.STRIPE_RESTRICTED_KEY, Charset.ALNUM, 20, 255, 99, Shape.RANDOM),
      new Rule("rk_test_", Kind.STRIPE_RESTRICTED_KEY, Charset.ALNUM, 20, 255, 99, Shape.RANDOM),
      new Rule("whsec_", Kind.WEBHOOK_SECRET, Charset.BASE64, 24, 100, 32, Shape.RANDOM),
      new Rule("xoxb-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 50, Shape.RANDOM),
      new Rule("xoxp-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 70, Shape.RANDOM),
      new Rule("xoxa-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 70, Shape.RANDOM),
      new Rule("xoxr-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 70, Shape.RANDOM),
      new Rule("xoxs-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 70, Shape.RANDOM),
      new Rule("xoxe.xoxp-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 150, Shape.RANDOM),
      new Rule("xoxe-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 140, Shape.RANDOM),
      new Rule("xapp-", Kind.SLACK_TOKEN, Charset.TOKEN, 20, 255, 90, Shape.RANDOM),
      new Rule("ghp_", Kind.GITHUB_TOKEN, Charset.ALNUM, 36, 255, 36, Shape.RANDOM),
      new Rule("gho_", Kind.GITHUB_TOKEN, Charset.ALNUM, 36, 255, 36, Shape.RANDOM),
      new Rule("ghu_", Kind.GITHUB_TOKEN, Charset.ALNUM, 36, 255, 36, Shape.RANDOM),
      new Rule("ghs_", Kind.GITHUB_TOKEN, Charset.ALNUM, 36, 255, 36, Shape.RANDOM),
      new Rule("ghr_", Kind.GITHUB_TOKEN, Charset.ALNUM, 36, 255, 36, Shape.RANDOM),
      new Rule("github_pat_", Kind.GITHUB_TOKEN, Charset.WORD, 22, 255, 82, Shape.RANDOM),
      new Rule("ck_", Kind.WOOCOMMERCE_KEY, Charset.LOWER_HEX, 40, 40, 40, Shape.ANY),
      new Rule("cs_", Kind.WOOCOMMERCE_SECRET, Charset.LOWER_HEX, 40, 40, 40, Shape.ANY),
      new Rule("SG.", Kind.SENDGRID_KEY, Charset.TOKEN_DOT, 66, 66, 66, Shape.SENDGRID),
      new Rule("SK", Kind.TWILIO_KEY, Charset.LOWER_HEX, 32, 32, 32, Shape.ANY),
      new Rule("AC", Kind.TWILIO_ACCOUNT_SID, Charset.LOWER_HEX, 32, 32, 32, Shape.ANY),
      new Rule("wc_order_", Kind.ORDER_KEY, Charset.ALNUM, 10, 24, 13, Shape.NOT_LOWER_WORD),
      aws("AKIA"), aws("ASIA"), aws("ABIA"), aws("ACCA"), aws("AGPA"), aws("AIDA"), aws("AROA"),
      aws("AIPA"), aws("ANPA"), aws("ANVA"), aws("APKA"));

  private static Rule aws(String prefix) {
    return new Rule(prefix, Kind.AWS_ACCESS_KEY_ID, Charset.UPPER_DIGIT, 16, 16, 16, Shape.ANY);
  }

  private static final Rule[][] BY_FIRST = new Rule[128][];

  static {
    List<List<Rule>> buckets = new ArrayList<>();
    for (int i = 0; i < 128; i++) {
      buckets.add(new ArrayList<>());
    }
    for (Rule r : RULES) {
      buckets.get(r.prefix().charAt(0)).add(r);
    }
    for (int i = 0; i < 128; i++) {
      List<Rule> b = buckets.get(i);
      if (!b.isEmpty()) {
        b.sort(Comparator.comparingInt((Rule r) -> r.prefix().length()).reversed());
        BY_FIRST[i] = b.toArray(new Rule[0]);
      }
    }
  }

  @Override
  public void detect(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    int resumeAt = 0;
    for (int i : scan.wordStarts()) {
      char c = t.charAt(i);
      if (i < resumeAt || c >= 128) {
        continue;
      }
      Rule[] rules = BY_FIRST[c];
      if (rules == null || (i > 0 && t.charAt(i - 1) == '_')) {
        continue;
      }
      for (Rule r : rules) {
        if (t.startsWith(r.prefix(), i)) {
          int resume = tryRule(scan, r, i);
          if (resume > i) {
            resumeAt = resume;
            break;
          }
        }
      }
    }
    mailchimp(scan);
    slackWebhooks(scan);
  }

  /** Returns where scanning may resume (past a match or an over-long run), or -1. */
  private static int tryRule(Scan scan, Rule r, int at) {
    String t = scan.text;
    int n = scan.length;
    int bodyStart = at + r.prefix().length();
    int j = bodyStart;
    int limit = Math.min(n, bodyStart + r.maxBody() + 1);
    while (j < limit && r.charset().test(t.charAt(j))) {
      j++;
    }
    if (j - bodyStart > r.maxBody()) { // too long to be this key: skip the whole run
      while (j < n && r.charset().test(t.charAt(j))) {
        j++;
      }
      return j;
    }
    int bodyLen = j - bodyStart;
    int end = j;
    StringBuilder joined = null;
    int lines = 0;
    while (bodyLen < r.typical() && lines < 2) {
      int k = Chars.continuation(t, end);
      if (k < 0) {
        break;
      }
      int f = k;
      int fLimit = Math.min(n, k + r.maxBody() - bodyLen + 1);
      while (f < fLimit && r.charset().test(t.charAt(f))) {
        f++;
      }
      int fragLen = f - k;
      if (fragLen == 0 || bodyLen + fragLen > r.maxBody() || (f < n && Chars.isWord(t.charAt(f)))) {
        break;
      }
      // a wrapped key's tail ends its line (or runs long); "3. Place the order" is the next step
      if (fragLen < MIN_WRAPPED_TAIL && f < n && !Chars.isSpace(t.charAt(f)) && !Chars.isLineBreak(t.charAt(f))) {
        break;
      }
      if (r.fixed()) {
        if (bodyLen + fragLen > r.typical()) {
          break;
        }
      } else if (!fragmentLooksRandom(t, k, f) && bodyLen >= r.minBody()) {
        break;
      }
      if (joined == null) {
        joined = new StringBuilder(t.substring(bodyStart, end));
      }
      joined.append(t, k, f);
      bodyLen += fragLen;
      end = f;
      lines++;
    }
    if (bodyLen < r.minBody() || bodyLen > r.maxBody()) {
      return -1;
    }
    if (end < n && Chars.isWord(t.charAt(end))) {
      return -1;
    }
    CharSequence body = joined != null ? joined : t.substring(bodyStart, end);
    if (!shapeOk(r.shape(), body)) {
      return -1;
    }
    scan.add(r.kind(), at, end);
    if (r.kind() == Kind.AWS_ACCESS_KEY_ID) {
      pairedSecret(scan, end, 160, 40, Kind.AWS_SECRET_KEY);
    } else if (r.kind() == Kind.TWILIO_ACCOUNT_SID) {
      pairedSecret(scan, end, 80, 32, Kind.TWILIO_KEY);
    }
    return end;
  }

  /**
   * The secret that travels with an id: an AWS secret access key (40 base64 chars) or a Twilio
   * auth token (32 hex) within a short distance after the key id / account SID, as in
   * credential CSVs, {@code id / secret} notes and {@code new Client('AC…', '…')}.
   */
  private static void pairedSecret(Scan scan, int from, int window, int len, Kind kind) {
    String t = scan.text;
    int limit = Math.min(scan.length, from + window);
    for (int i = from; i + len <= limit; i++) {
      char c = t.charAt(i);
      if (!Chars.isBase64(c) || i > 0 && Chars.isBase64(t.charAt(i - 1))) {
        continue;
      }
      int e = i;
      while (e < scan.length && e - i <= len && (kind == Kind.TWILIO_KEY ? Chars.isLowerHex(t.charAt(e))
          : Chars.isAlnum(t.charAt(e)) || t.charAt(e) == '/' || t.charAt(e) == '+')) {
        e++;
      }
      String value = t.substring(i, e);
      int end = e;
      if (e - i < len && Chars.continuation(t, e) > 0) { // the secret wrapped onto the next line
        int k = Chars.continuation(t, e);
        int f = k;
        while (f < scan.length && f - k < len - (e - i) + 1 && (Chars.isAlnum(t.charAt(f)) || t.charAt(f) == '/'
            || t.charAt(f) == '+')) {
          f++;
        }
        if ((e - i) + (f - k) == len) {
          value = value + t.substring(k, f);
          end = f;
        }
      }
      if (value.length() == len && !Chars.isAlnum(scan.at(end)) && Values.looksLikeSecret(value)
          && (kind == Kind.TWILIO_KEY || mixedCase(value, 0, len))) {
        scan.add(kind, i, end);
        return;
      }
      i = Math.max(i, e - 1);
    }
  }

  static boolean shapeOk(Shape shape, CharSequence body) {
    boolean digit = false;
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      digit |= Chars.isDigit(c);
      upper |= Chars.isUpper(c);
      lower |= Chars.isLower(c);
    }
    return switch (shape) {
      case ANY -> true;
      case RANDOM -> digit && (upper || lower);
      case MIXED_CASE_RANDOM -> digit && upper && lower;
      case NOT_LOWER_WORD -> digit || upper;
      case SENDGRID -> body.length() == 66 && body.charAt(22) == '.'
          && indexOf(body, '.', 23) < 0 && digit;
    };
  }

  private static int indexOf(CharSequence s, char c, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the start of the next line looks like the rest of a random token rather than a word:
   * it has a digit, a capital after its first char, or is long.
   */
  static boolean fragmentLooksRandom(String t, int from, int to) {
    boolean lower = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (Chars.isDigit(c) || (i > from && Chars.isUpper(c) && lower)) {
        return true;
      }
      lower |= Chars.isLower(c);
    }
    return to - from >= 16;
  }

  private static boolean mixedCase(String t, int from, int to) {
    boolean upper = false;
    boolean lower = false;
    for (int i = from; i < to; i++) {
      upper |= Chars.isUpper(t.charAt(i));
      lower |= Chars.isLower(t.charAt(i));
    }
    return upper && lower;
  }

  /** Mailchimp API keys: 32 lower-case hex chars, then {@code -us} and a data-centre number. */
  private static void mailchimp(Scan scan) {
    String t = scan.text;
    int n = scan.length;
    for (int p : scan.hits("-us")) {
      if (!t.startsWith("-us", p)) {
        continue;
      }
      int e = p + 3;
      int d = e;
      while (d < n && d < e + 3 && Chars.isDigit(t.charAt(d))) {
        d++;
      }
      if (d == e || d - e > 2 || (d < n && Chars.isWord(t.charAt(d)))) {
        continue;
      }
      // 32 hex chars before "-us", possibly broken over two lines
      int need = 32;
      int s = p;
      int lines = 0;
      while (need > 0) {
        if (s > 0 && Chars.isLowerHex(t.charAt(s - 1))) {
          s--;
          need--;
        } else if (lines++ < 2 && Chars.continuationBack(t, s) > 0
            && Chars.isLowerHex(t.charAt(Chars.continuationBack(t, s) - 1))) {
          s = Chars.continuationBack(t, s);
        } else {
          break;
        }
      }
      if (need == 0 && (s == 0 || !Chars.isWord(t.charAt(s - 1)))) {
        scan.add(Kind.MAILCHIMP_KEY, s, d);
      }
    }
  }

  /** {@code https://hooks.slack.com/services/T…/B…/…}: the path after the service part. */
  private static void slackWebhooks(Scan scan) {
    String t = scan.text;
    String host = "hooks.slack.com/";
    for (int p : scan.hits(host)) {
      int s = p + host.length();
      int slash = -1;
      for (String svc : new String[] {"services/", "workflows/", "triggers/"}) {
        if (t.startsWith(svc, s)) {
          slash = s + svc.length();
          break;
        }
      }
      if (slash < 0) {
        continue;
      }
      int e = slash;
      int limit = Math.min(scan.length, slash + 200);
      int slashes = 0;
      while (e < limit && (Chars.isAlnum(t.charAt(e)) || t.charAt(e) == '/')) {
        slashes += t.charAt(e) == '/' ? 1 : 0;
        e++;
      }
      if (e - slash >= 20 && slashes >= 1) {
        scan.add(Kind.SLACK_WEBHOOK, slash, e);
      }
    }
  }
}
