package io.incidentbot.redaction;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderKeyDetectorTest {

  private final Detector detector = new ProviderKeyDetector();

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of("openai_key", "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"),
        Arguments.of("openai_key", "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"),
        Arguments.of("openai_key", "sk-svcacct-91i7cxYVHZiHbtpqRLQQ3IgNJT6umTTlZI2SfZpd1L9Op1ndUnB0lWEYA-rOT3BlbkFJOuD2"),
        Arguments.of("anthropic_key", "sk-ant-api03-fNkAvmej1TRAd93tdTElTj7XfNbD1GDIMX_CrafB_u-NX2G8xhH3rpwUFH97yqIQYeE4QXV04WuFNt_E5Hwl5fNvjIT6qAA"),
        Arguments.of("google_api_key", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"),
        Arguments.of("aws_access_key_id", "AKIA3J4P655VA2L3QQTR"),
        Arguments.of("aws_access_key_id", "ASIAEL5XDDIA5HDDVXBN"),
        Arguments.of("stripe_secret_key", "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"),
        Arguments.of("stripe_secret_key", "sk_test_ltxIbHLxDKyB4KlLHE9XGQrW"),
        Arguments.of("stripe_restricted_key", "rk_live_51VbyFN8ImyeqMm8VbbKYBFgn6JXcNm8JHLgjy0AvCJmeJD3TFIzK9YZ4Q3Rg1wOQ"),
        Arguments.of("webhook_secret", "whsec_5q2Tm0ZkC8vRw9Yb3LxN7aJd4HfGe1Sp"),
        Arguments.of("slack_token", "xoxb-17485930211-1598204957321-Zq8TnW3vYp1LkRsD6mXcB2hJ"),
        Arguments.of("slack_token", "xapp-1-A06B2F1K9LZ-6012345678901-9f2c1e4b7a3d5c6e8f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e"),
        Arguments.of("github_token", "ghp_Zq8TnW3vYp1LkRsD6mXcB2hJf4GkL9MnP0Qr"),
        Arguments.of("github_token", "github_pat_11ABCDEFG0123456789AB_cDeFgHiJkLmNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ01"),
        Arguments.of("woocommerce_key", "ck_4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b"),
        Arguments.of("woocommerce_secret", "cs_1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"),
        Arguments.of("sendgrid_key", "SG.Zq8TnW3vYp1LkRsD6mXcB2.hJf4GkL9MnP0QrStUvWxYz0123456789aBcDeFgHiJk"),
        Arguments.of("mailchimp_key", "0f1e2d3c4b5a69788796a5b4c3d2e1f0-us14"),
        Arguments.of("twilio_key", "SK0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        Arguments.of("twilio_account_sid", "AC0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        Arguments.of("order_key", "wc_order_Ab3dEf9hIjKlM"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("keys")
  void findsKeysInContext(String kind, String key) {
    DetectorCases.assertFinds(detector, "config: \"" + key + "\", next", kind, key);
    DetectorCases.assertFinds(detector, "KEY=" + key + "\n", kind, key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void followsAKeyBrokenOverTwoLines(String kind, String key) {
    int cut = key.length() / 2 + 1;
    String wrapped = key.substring(0, cut) + "\n> " + key.substring(cut);
    DetectorCases.assertFinds(detector, "key: " + wrapped + " end", kind, wrapped);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "pk_live_51HaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdefGHIJ is the publishable key",
      "sk-proj-****************************************lA9x is masked",
      "the CSS class sk-wrapper-container-large-layout is not a key",
      "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWYextra is too long",
      "ck_4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5 is one hex char short",
      "wc_order_attribution_source_type is a meta key",
      "ASKIA3J4P655VA2L3QQTR inside a word",
      "https://hooks.slack.com/services/ has no path",
      "deadbeefdeadbeefdeadbeefdeadbeef-user is not mailchimp"})
  void leavesLookAlikesAlone(String text) {
    DetectorCases.assertNothing(detector, text);
  }
}
