package io.incidentbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentbot.redaction.ExtraPattern;
import io.incidentbot.redaction.RedactionRules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RedactCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Supplier<RedactionRules> rules, String stdin, String... args) {
    RedactCommand cmd = new RedactCommand(rules, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandLine(cmd).execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheRedactedTextExactlyAndASummaryLine() {
    String input = "Hi Jane,\nyour key 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 leaked — mail jane@example.com";
    int code = run(RedactionRules::none, input);
    assertThat(code).isZero();
    assertThat(stdout()).isEqualTo("Hi [REDACTED:person_name#1],\nyour key [REDACTED:openai_key#1] leaked — mail "
        + "[REDACTED:email#1]");
    assertThat(stderr()).isEqualTo("3 removed: email, openai_key, person_name" + System.lineSeparator());
  }

  @Test
  void keepsATrailingNewlineAndAddsNone() {
    run(RedactionRules::none, "WordPress 6.4.2\n");
    assertThat(stdout()).isEqualTo("WordPress 6.4.2\n");
    assertThat(stderr().strip()).isEqualTo("nothing removed");
  }

  @Test
  void jsonHasTextFindingsAndCounts() throws Exception {
    String input = "card 4242 4242 4242 4242 \"quoted\" from 203.0.113.42";
    assertThat(run(RedactionRules::none, input, "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(stdout());
    assertThat(json.get("text").asText()).isEqualTo("card [REDACTED:card_number#1] \"quoted\" from [REDACTED:ip_address#1]");
    assertThat(json.get("findings")).hasSize(2);
    JsonNode card = json.get("findings").get(0);
    assertThat(card.get("kind").asText()).isEqualTo("card_number");
    assertThat(input.substring(card.get("start").asInt(), card.get("end").asInt())).isEqualTo("4242 4242 4242 4242");
    assertThat(json.get("counts").get("ip_address").asInt()).isEqualTo(1);
    assertThat(stderr().strip()).isEqualTo("2 removed: card_number, ip_address");
  }

  @Test
  void unknownFlagExitsTwoWithOneLine() {
    int code = run(RedactionRules::none, "x", "--nope");
    assertThat(code).isEqualTo(2);
    assertThat(stdout()).isEmpty();
    assertThat(stderr().lines()).singleElement().asString().contains("--nope");
  }

  @Test
  void unexpectedArgumentExitsTwo() {
    assertThat(run(RedactionRules::none, "x", "file.txt")).isEqualTo(2);
    assertThat(stderr().lines()).singleElement().asString().contains("file.txt");
  }

  @Test
  void invalidRulesExitOneWithTheConfigPath() {
    int code = run(() -> new RedactionRules(Set.of(), List.of(), List.of(new ExtraPattern("x", "(ab"))), "text");
    assertThat(code).isEqualTo(1);
    assertThat(stderr()).contains("redaction.extra_patterns[0].regex: unclosed group near index 3");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void configuredRulesApply() {
    run(() -> new RedactionRules(Set.of("email"), List.of(), List.of(new ExtraPattern("order_token", "ORD-\\d{4}"))),
        "ORD-1234 from jane@example.com");
    assertThat(stdout()).isEqualTo("[REDACTED:order_token#1] from jane@example.com");
  }

  @Test
  void helpGoesToTheCommandsOwnStreamsThroughCommandLine() {
    RedactCommand cmd = new RedactCommand(RedactionRules::none, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(cmd.commandLine().execute("--help")).isZero();
    assertThat(stdout()).contains("Usage: redact", "--json");
    assertThat(cmd.commandLine().execute("--json=maybe")).isEqualTo(2);
    assertThat(stderr().lines()).singleElement().asString().startsWith("redact: ");
  }

  @Test
  void readsUtf8() {
    run(RedactionRules::none, "Grüße von Łukasz — ✓ 😀 łukasz@example.pl");
    assertThat(stdout()).isEqualTo("Grüße von Łukasz — ✓ 😀 [REDACTED:email#1]");
  }
}
