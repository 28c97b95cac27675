package io.incidentbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as an operator meets it. */
class MainTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, String> env, String... args) {
        CommandLine cli = Main.commandLine(env);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void redactReadsStdinAndFollowsTheConfiguredRules() throws Exception {
        Path config = dir.resolve("redaction.yml");
        Files.writeString(config, """
                redaction:
                  allowlist: ["support@example.com"]
                  extra_patterns: [{ kind: order_token, regex: "ORD-[A-Z0-9]{12}" }]
                """);
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        String input = "Mail support@example.com or jane.doe@gmail.com; token ORD-AB12CD34EF56.";
        int exit = Main.commandLine(Map.of("INCIDENT_CONFIG", config.toString()),
                new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8)).execute("redact");

        assertThat(exit).isZero();
        assertThat(stdout.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("support@example.com").doesNotContain("jane.doe@gmail.com", "ORD-AB12CD34EF56");
        assertThat(stderr.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("email", "order_token");
    }

    @Test
    void aBadRedactionSectionIsReportedWithItsPath() throws Exception {
        Path bad = dir.resolve("bad-redaction.yml");
        Files.writeString(bad, """
                redaction:
                  disabled_kinds: [emial]
                  extra_patterns: [{ kind: broken, regex: "(unclosed" }]
                """);
        assertThat(run(Map.of(), "check-config", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("redaction.disabled_kinds[0]", "emial",
                "redaction.extra_patterns[0].regex");
    }

    @Test
    void versionAndHelp() {
        assertThat(run(Map.of(), "--version")).isZero();
        assertThat(out.toString()).matches("incident-bot \\d+\\.\\d+\\.\\d+\\R");
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString()).contains("run", "migrate", "check-config", "redact", "export");
    }

    @Test
    void runningWithoutATokenStopsWithOneLineNamingIt() {
        assertThat(run(Map.of(), "run")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("incident-bot: SLACK_BOT_TOKEN is not set").contains("OAuth & Permissions");
        assertThat(run(Map.of())).isEqualTo(2); // run is the default
    }

    @Test
    void unknownOptionsExitTwo() {
        assertThat(run(Map.of(), "--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void checkConfigAcceptsTheDefaultsAndListsEveryProblemOfABadFile() throws Exception {
        assertThat(run(Map.of(), "check-config")).isZero();
        assertThat(out.toString())
                .contains("built-in defaults: OK (4 severities, 10 areas, 6 roles, 9 triage rules, 5 runbooks)");

        Path bad = dir.resolve("bad.yml");
        Files.writeString(bad, """
                incident: { channel_per_incident: maybe }
                severities:
                  - { id: SEV1, response_target: soon }
                """);
        assertThat(run(Map.of(), "check-config", bad.toString())).isEqualTo(2);
        // replacing the severities without the triage rules that name them is caught, once
        assertThat(err.toString()).contains(bad + ": incident.channel_per_incident: must be true or false",
                bad + ": severities[0].label: is required", bad + ": severities[0].response_target:",
                bad + ": incident.default_severity: 'SEV3' is not one of the severities [SEV1]",
                bad + ": triage: names severities that are not configured: SEV2, SEV3, SEV4", "5 problems found");
    }

    @Test
    void checkConfigNamesEveryRunbookMistake() throws Exception {
        Path bad = dir.resolve("runbooks.yml");
        Files.writeString(bad, """
                runbooks:
                  - id: drill
                    title: Drill
                    items:
                      - { id: a, text: First, role: janitor }
                      - { id: a, text: "" }
                runbook_defaults: { all: [drill, nope], by_area: [] }
                """);
        assertThat(run(Map.of(), "check-config", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(
                bad + ": runbooks[0].items[0].role: unknown role 'janitor'",
                bad + ": runbooks[0].items[1].id: duplicate item id 'a' (first used at runbooks[0].items[0])",
                bad + ": runbooks[0].items[1].text: must be a non-empty text",
                bad + ": runbook_defaults.all[1]: unknown runbook 'nope' (runbooks: drill)",
                "4 problems found");
    }

    @Test
    void checkConfigReadsIncidentConfigWhenNoFileIsGiven() throws Exception {
        Path file = dir.resolve("ok.yml");
        Files.writeString(file, "incident: { channel_per_incident: false }\n");
        assertThat(run(Map.of("INCIDENT_CONFIG", file.toString()), "check-config")).isZero();
        assertThat(out.toString()).contains(file + ": OK");
    }

    @Test
    void migrateCreatesTheDatabaseAndIsIdempotent() {
        Map<String, String> env = Map.of("INCIDENT_DB", dir.resolve("sub/dir/bot.db").toString());
        assertThat(run(env, "migrate")).isZero();
        assertThat(out.toString()).containsPattern("up to date \\([1-9]\\d* migrations? applied\\)");
        assertThat(dir.resolve("sub/dir/bot.db")).exists();
        assertThat(run(env, "migrate")).isZero();
        assertThat(out.toString()).contains("(0 migrations applied)");
    }
}
