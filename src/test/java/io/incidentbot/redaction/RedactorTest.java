package io.incidentbot.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour of {@link Redactor}: placeholders, overlaps, rules, line breaks, thread safety. */
class RedactorTest {

  private final Redactor redactor = Redactor.withDefaults();

  @Test
  void samePlaceholderForTheSameValueAcrossTheDocument() {
    String text = "From jane.doe@example.com: please reply to Jane.Doe@Example.com, cc bob@example.org\n"
        + "and once more jane.doe@example.com";
    Redaction r = redactor.redact(text);
    assertThat(r.text()).isEqualTo("From [REDACTED:email#1]: please reply to [REDACTED:email#1], cc "
        + "[REDACTED:email#2]\nand once more [REDACTED:email#1]");
    assertThat(r.countsByKind()).containsEntry("email", 4);
  }

  @Test
  void aKeyEndingALineDoesNotSwallowTheNextStepsNumber() {
    Redaction r = redactor.redact("2. Set key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFGH\n3. Place an order");
    assertThat(r.text()).isEqualTo("2. Set key [REDACTED:openai_key#1]\n3. Place an order");
  }

  @Test
  void aRowOfAMarkdownTableIsNotReadAsAHeader() {
    String table = "| Check | Result |\n|---|---|\n| Outbound HTTPS | pass |\n| DNS | fail |\n";
    assertThat(redactor.redact(table).text()).isEqualTo(table);
  }

  @Test
  void numbersArePerKindAndSpacingInsensitiveForCards() {
    Redaction r = redactor.redact("card 4242 4242 4242 4242, again 4242424242424242, other 5555555555554444,"
        + " mail a@example.com");
    assertThat(r.text()).isEqualTo("card [REDACTED:card_number#1], again [REDACTED:card_number#1], other "
        + "[REDACTED:card_number#2], mail [REDACTED:email#1]");
  }

  @Test
  void findingsAreSpansInTheOriginalText() {
    String text = "key=sk_live_51OxMX3WNgJd1QLCpo1XctLdpXExvL2JUmdSuKVndR7IIw and jane@example.com";
    Redaction r = redactor.redact(text);
    assertThat(r.findings()).hasSize(2);
    Finding stripe = r.findings().get(0);
    assertThat(stripe.kind()).isEqualTo("stripe_secret_key");
    assertThat(text.substring(stripe.start(), stripe.end())).startsWith("sk_live_").endsWith("IIw");
    assertThat(text.substring(r.findings().get(1).start(), r.findings().get(1).end())).isEqualTo("jane@example.com");
  }

  @Test
  void theMoreSpecificKindNamesASpanClaimedTwice() {
    // the keyword detector claims the value as generic_secret, the format detector as openai_key
    Redaction r = redactor.redact("OPENAI_API_KEY=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");
    assertThat(r.findings()).extracting(Finding::kind).containsExactly("openai_key");
  }

  @Test
  void overlappingClaimsMergeSoNothingLeaksHalfVisible() {
    Redaction r = redactor.redact("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).kind()).isEqualTo("jwt");
    assertThat(r.text()).isEqualTo("Authorization: Bearer [REDACTED:jwt#1]");
  }

  @Test
  void lineBreaksInsideAFindingAreKeptSoLineNumbersStillMatch() {
    String text = "card 4242 4242\n4242 4242 ok\nnext";
    Redaction r = redactor.redact(text);
    assertThat(r.text()).isEqualTo("card [REDACTED:card_number#1]\n ok\nnext");
    assertThat(r.text().lines().count()).isEqualTo(text.lines().count());
  }

  static Stream<Arguments> brokenOverTwoLines() {
    return Stream.of(
        Arguments.of("openai_key", "sk-proj-JPtY6KeZBhO5mQnN8w2l7ExJvQWuYBP7hHxexiHhNv7KVtxUKTQoc7INsw0l9L\n> Cp3DqhU710WET3BlbkFJMy6M0HinQ113V5BNeeSeWQBWTCpXDPb6H5jVZYvb1ZKWm9FKMOI6XFwBzurLfYn4qlxBV5i9lA"),
        Arguments.of("anthropic_key", "sk-ant-api03-fNkAvmej1TRAd93tdTElTj7XfNbD1GDIMX_CrafB_u-NX2G8xh\nH3rpwUFH97yqIQYeE4QXV04WuFNt_E5Hwl5fNvjIT6qAA"),
        Arguments.of("card_number", "4916 3389 1262\n0811"),
        Arguments.of("iban", "DE89 3704 0044\n0532 0130 00"),
        Arguments.of("github_token", "ghp_Zq8TnW3vYp1LkRsD6mXcB2\nhJf4GkL9MnP0Qr"),
        Arguments.of("woocommerce_secret", "cs_1a2b3c4d5e6f7a8b9c0d1e\n2f3a4b5c6d7e8f9a0b"),
        Arguments.of("aws_access_key_id", "AKIA3J4P65\n 5VA2L3QQTR"),
        Arguments.of("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop\nqrstuvwxyz0123456789ABCDEFG"),
        Arguments.of("wp_salt", "p<x]T!6}.v@2LPz=>W|E_[2OQa2:G-EMqk7^&Xq\n|mG;3~6X$m+8M&.j$3#u5=A3c"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenOverTwoLines")
  void secretsBrokenOverTwoLinesAreRedactedWhole(String kind, String value) {
    String text = kind.equals("wp_salt")
        ? "define('AUTH_KEY', '" + value + "');\n"
        : "Here it is: " + value + "\nThanks";
    Redaction r = redactor.redact(text);
    int start = text.indexOf(value);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.start()).isLessThanOrEqualTo(start);
      assertThat(f.end()).isGreaterThanOrEqualTo(start + value.length());
    });
    String[] parts = value.split("\n> |\n |\n");
    for (String part : parts) {
      assertThat(r.text()).doesNotContain(part);
    }
  }

  @Test
  void allowlistKeepsTheCompanysOwnAddressesExactOrGlob() {
    Redactor r = new Redactor(new RedactionRules(Set.of(), List.of("Support@Example.com", "*@lumenlabs.ai"), List.of()));
    Redaction out = r.redact("Write to support@example.com or kim@lumenlabs.ai, not jane@example.com");
    assertThat(out.text()).isEqualTo("Write to support@example.com or kim@lumenlabs.ai, not [REDACTED:email#1]");
  }

  @Test
  void disabledKindsAreKept() {
    Redactor r = new Redactor(new RedactionRules(Set.of("phone", "ip_address"), List.of(), List.of()));
    Redaction out = r.redact("call +44 20 7946 0958 from 203.0.113.42, mail jane@example.com");
    assertThat(out.text()).isEqualTo("call +44 20 7946 0958 from 203.0.113.42, mail [REDACTED:email#1]");
  }

  @Test
  void disablingASpecificKindFallsBackToTheGenericOneUnlessThatIsOffToo() {
    String text = "OPENAI_API_KEY=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";
    Redactor noOpenAi = new Redactor(new RedactionRules(Set.of("openai_key"), List.of(), List.of()));
    assertThat(noOpenAi.redact(text).text()).isEqualTo("OPENAI_API_KEY=[REDACTED:generic_secret#1]");
    Redactor neither = new Redactor(new RedactionRules(Set.of("openai_key", "generic_secret"), List.of(), List.of()));
    assertThat(neither.redact(text).text()).isEqualTo(text);
  }

  @Test
  void extraPatternsAddKinds() {
    Redactor r = new Redactor(new RedactionRules(Set.of(), List.of(),
        List.of(new ExtraPattern("order_token", "ORD-[A-Z0-9]{12}"))));
    Redaction out = r.redact("token ORD-7K2M9Q4XZ1AB and ORD-7K2M9Q4XZ1AB, short ORD-123");
    assertThat(out.text()).isEqualTo("token [REDACTED:order_token#1] and [REDACTED:order_token#1], short ORD-123");
    assertThat(out.countsByKind()).containsEntry("order_token", 2);
  }

  @Test
  @Timeout(10)
  void aCatastrophicExtraPatternGivesUpWithAWarningInsteadOfHanging() {
    Redactor r = new Redactor(new RedactionRules(Set.of(), List.of(),
        List.of(new ExtraPattern("evil", "(a+)+b"), new ExtraPattern("ticket", "TICKET-\\d+"))));
    String text = "a".repeat(5_000) + "\nTICKET-42 and jane@example.com\n" + "a".repeat(40) + "\n";
    Redaction out = r.redact(text);
    assertThat(out.text()).contains("[REDACTED:ticket#1]", "[REDACTED:email#1]");
    assertThat(out.warnings()).singleElement().asString().contains("evil", "step budget");
  }

  @Test
  void badRulesAreReportedWithTheirConfigPaths() {
    RedactionRules rules = new RedactionRules(Set.of("emial"), List.of(" "),
        List.of(new ExtraPattern("ok", "ORD-\\d+"), new ExtraPattern("Bad Kind", "(ab"), new ExtraPattern("empty", "x*")));
    assertThat(rules.problems()).containsExactly(
        "redaction.extra_patterns[1].kind: 'Bad Kind' is not a snake_case name (lower-case letters, digits and _, at most 40)",
        "redaction.extra_patterns[1].regex: unclosed group near index 3",
        "redaction.extra_patterns[2].regex: matches the empty string, so it would match everywhere",
        "redaction.disabled_kinds[0]: unknown kind 'emial' (did you mean 'email'?) (known: "
            + String.join(", ", Redactor.kinds()) + ")",
        "redaction.allowlist[0]: empty entry");
    assertThatThrownBy(() -> new Redactor(rules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redaction.extra_patterns[1].regex: unclosed group near index 3");
    assertThat(RedactionRules.none().problems()).isEmpty();
  }

  @Test
  void disabledKindsMayNameAnExtraPatternKind() {
    RedactionRules rules = new RedactionRules(Set.of("order_token"), List.of(),
        List.of(new ExtraPattern("order_token", "ORD-\\d+")));
    assertThat(rules.problems()).isEmpty();
    assertThat(new Redactor(rules).redact("ORD-1").text()).isEqualTo("ORD-1");
  }

  @Test
  void summaryAndCounts() {
    Redaction none = redactor.redact("WordPress 6.4.2 on PHP 8.2.12, HTTP 200");
    assertThat(none.summary()).isEqualTo("nothing removed");
    assertThat(none.text()).isEqualTo("WordPress 6.4.2 on PHP 8.2.12, HTTP 200");
    Redaction some = redactor.redact("a@example.com b@example.com card 4242 4242 4242 4242");
    assertThat(some.summary()).isEqualTo("3 removed: card_number, email (2)");
    assertThat(some.countsByKind().keySet()).containsExactly("card_number", "email");
  }

  @Test
  void nullAndEmptyText() {
    assertThat(redactor.redact(null).text()).isEmpty();
    assertThat(redactor.redact("").findings()).isEmpty();
  }

  @Test
  void kindsAreStableSnakeCase() {
    assertThat(Redactor.kinds()).isSorted().allMatch(k -> k.matches("[a-z][a-z0-9_]*"))
        .contains("email", "card_number", "openai_key", "anthropic_key", "wp_salt", "person_name", "street_address")
        .hasSize(Kind.values().length);
  }

  @Test
  void threadSafeAndReusable() throws Exception {
    String text = new String(LabelledCorpus.load().get(0).text());
    String expected = redactor.redact(text).text();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> redactor.redact(text).text()));
      }
      for (Future<String> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
