package io.incidentbot.slack.report;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.PlantedSecrets;
import io.incidentbot.support.FakeSlack.Upload;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * /incident report: evidence full of planted secrets goes in through the modals, a Markdown file
 * comes out in the incident channel (files.getUploadURLExternal → upload → files.completeUploadExternal)
 * with none of them; `export` prints the same report.
 */
class SupportReportTest {
    static final long EXACT = Instant.parse("2026-03-05T13:05:00Z").getEpochSecond();

    @TempDir
    Path dir;
    TestBot bot;
    Call card;
    String channel;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir);
        card = bot.openIncident("Checkout failing after 4.2 update", "SEV1", "plugin-update");
        channel = card.param("channel");
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    JsonNode open(String button) {
        int before = bot.slack.calls("views.open").size();
        bot.click(bot.card(card), button);
        return bot.slack.await("views.open", before + 1).get(before).json("view");
    }

    void save(ViewSubmission form) {
        int updates = bot.cardUpdates(card);
        HttpResponse<String> ack = bot.submit(form);
        assertThat(TestBot.json(ack).path("response_action").isMissingNode()).as(ack.body()).isTrue();
        bot.awaitCardUpdate(card, updates);
    }

    /** The planted evidence of {@link PlantedSecrets}, typed into the bot's own modals. */
    void enterPlantedEvidence() {
        var evidence = PlantedSecrets.evidence();
        ViewSubmission form = ViewSubmission.of(open("evidence-add")).dateTime("evidence-exact-time", EXACT);
        for (var field : List.of("affected-user", "affected-screen", "plugin-version", "wordpress-version",
                "woocommerce-version", "php-version", "reproduction-steps", "provider-status", "hosting-status",
                "purchase-context", "screenshots")) {
            form.text("evidence-" + field, evidence.get(io.incidentbot.evidence.EvidenceField.byId(field).orElseThrow())
                    .orElseThrow());
        }
        form.select("evidence-category", "plugin");
        for (var check : List.of("php-extensions", "outbound-https", "dns", "firewall")) {
            form.select("evidence-diagnostics-" + check, "pass");
        }
        save(form.select("evidence-diagnostics-ssl", "fail"));

        var rollback = PlantedSecrets.rollback();
        save(ViewSubmission.of(open("rollback-open"))
                .text("rollback-release-version", "4.2.1").date("rollback-update-date", "2026-03-04")
                .text("rollback-backup-location", rollback.get(io.incidentbot.evidence.RollbackField.BACKUP_LOCATION).orElseThrow())
                .user("rollback-restore-owner", "U0BOB")
                .text("rollback-diagnostics-result", "Staging pass; production SSL fails")
                .text("rollback-known-caveats", rollback.get(io.incidentbot.evidence.RollbackField.KNOWN_CAVEATS).orElseThrow())
                .select("rollback-decision", "roll-back"));
    }

    /** Runs /incident report in the incident channel and returns the Markdown posted there. */
    Call postReport() {
        int before = bot.slack.calls("files.completeUploadExternal").size();
        HttpResponse<String> ack = bot.commandAs(TestBot.USER, channel, "report");
        assertThat(ack.statusCode()).isEqualTo(200);
        return bot.slack.await("files.completeUploadExternal", before + 1).get(before);
    }

    String export(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = io.incidentbot.MainAccess.commandLine(Map.of("INCIDENT_DB", bot.db.toString()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void theReportIsPostedAsMarkdownWithNoneOfThePlantedSecrets() {
        enterPlantedEvidence();

        Call complete = postReport();

        assertThat(complete.param("channel_id")).isEqualTo(channel);
        assertThat(complete.param("initial_comment")).contains("Support report for *INC-1*, redacted (",
                "items removed: ", "card_number 2", "email 2", "Requested by <@U0ALICE>");
        Upload file = bot.slack.shared(complete).get(0);
        assertThat(file.filename()).isEqualTo("INC-1-support-report.md");
        assertThat(bot.slack.calls("files.getUploadURLExternal")).singleElement()
                .satisfies(c -> assertThat(c.param("filename")).isEqualTo("INC-1-support-report.md"));
        String markdown = file.text();
        for (String secret : PlantedSecrets.SECRETS) {
            assertThat(markdown).as("the report leaks %s", secret).doesNotContain(secret);
        }
        assertThat(markdown).doesNotContain("jane.cooper", "m.rossi", "1111 1111", "S3cr3t");
        assertThat(markdown).contains("- **Plugin version:** 4.2.1", "- **WordPress version:** 6.4.2",
                "- **WooCommerce version:** 8.5.1", "- **PHP version:** 8.2.12",
                "- **Exact timestamp:** 2026-03-05 13:05:00 UTC", "1. Log in as the shop manager",
                "Place an order paying with", "4. Checkout shows \"Error 500\" at 13:05 UTC",
                "- **SSL:** **fail**", "- **Escalation route:** Hosting support — SSL check failed.",
                "- **Evidence:** 11/11 — complete", "- **Rollback decision:** Roll back to the previous release",
                "· U0ALICE · evidence updated (", "· U0ALICE · rollback record updated (");
        String ending = markdown.substring(markdown.lastIndexOf("\n## "));
        assertThat(ending).startsWith("\n## Removed before sharing").contains("| email | 2 |", "| card_number | 2 |",
                "| openai_key | 1 |");
    }

    @Test
    void exportPrintsTheSameReport() {
        enterPlantedEvidence();
        String exported = export("export", "INC-1");
        String byNumberAndTeam = export("export", "1", "--team", TestBot.TEAM);

        String posted = bot.slack.shared(postReport()).get(0).text();

        assertThat(withoutGenerationTime(exported)).isEqualTo(withoutGenerationTime(posted))
                .isEqualTo(withoutGenerationTime(byNumberAndTeam));
    }

    @Test
    void sharingIsAuditedAndAskingFromElsewherePostsInTheIncidentChannel() {
        int before = bot.slack.calls("files.completeUploadExternal").size();

        HttpResponse<String> reply = bot.command("report INC-1");

        assertThat(TestBot.replyText(reply)).isEqualTo("Posting the support report in <#" + channel + ">.");
        Call complete = bot.slack.await("files.completeUploadExternal", before + 1).get(before);
        assertThat(complete.param("channel_id")).isEqualTo(channel);
        assertThat(bot.slack.shared(complete).get(0).text()).contains("Nothing needed removing.");
        bot.slack.awaitQuiet(100);
        assertThat(export("export", "INC-1")).contains("· U0ALICE · support report shared — INC-1-support-report.md in "
                + channel + " (nothing removed)");
    }

    @Test
    void whenSlackRefusesTheFileTheAskerIsToldWhy() {
        bot.slack.failNext("files.completeUploadExternal", "not_in_channel");

        bot.commandAs(TestBot.USER, channel, "report");

        Call told = bot.slack.await("response_url");
        assertThat(told.body().path("text").asText()).contains("couldn't post the support report", "not_in_channel",
                "files:write");
    }

    @Test
    void nothingTypedReachesTheLogsEvenWhenSlackFails() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            bot.slack.failNextWithStatus("chat.update", 500, null);
            enterPlantedEvidence();
            bot.slack.failNext("files.completeUploadExternal", "not_in_channel");
            bot.commandAs(TestBot.USER, channel, "report");
            bot.slack.await("response_url");
            bot.submit(ViewSubmission.of(open("evidence-add")).text("evidence-php-version", "8.2 " + PlantedSecrets.SECRETS.get(0)));
        } finally {
            root.detachAppender(logs);
        }
        String logged = logs.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).reduce("", String::concat);
        assertThat(logged).contains("chat.update failed"); // the failure was logged...
        for (String secret : PlantedSecrets.SECRETS) {
            assertThat(logged).doesNotContain(secret); // ...and nothing anyone typed
        }
        assertThat(logged).doesNotContain("Place an order", "guest checkout", "8.2 sk-");
    }

    @Test
    void aPrivacySensitiveIncidentWithoutAPrivateChannelIsNotReportedInSlack() {
        bot.slack.failNext("conversations.create", "restricted_action");
        JsonNode view = bot.openModal("Customer e-mails visible in order notes");
        bot.submit(ViewSubmission.of(view).select("incident-open-area", "checkout")
                .select("incident-open-privacy-sensitive", "yes"));
        bot.slack.await("pins.add", 2);

        String reply = TestBot.replyText(bot.command("report INC-2"));

        assertThat(reply).contains("privacy-sensitive and has no private channel", "export INC-2");
        bot.slack.awaitQuiet(100);
        assertThat(bot.slack.calls("files.getUploadURLExternal")).isEmpty();
    }

    static String withoutGenerationTime(String report) {
        return report.replaceFirst("Generated [0-9: -]+UTC", "Generated (time)");
    }
}
