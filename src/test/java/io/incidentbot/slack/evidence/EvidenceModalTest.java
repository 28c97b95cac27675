package io.incidentbot.slack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.db.Database;
import io.incidentbot.evidence.Evidence;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.support.FakeSlack.Call;
import io.incidentbot.support.TestBot;
import io.incidentbot.support.ViewSubmission;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card button or /incident evidence → modal → submission → stored, audited, card refreshed. */
class EvidenceModalTest {
    static final String EXACT_TIME = "evidence-exact-time";
    static final String AFFECTED_USER = "evidence-affected-user";
    static final String AFFECTED_SCREEN = "evidence-affected-screen";
    static final String PLUGIN = "evidence-plugin-version";
    static final String WORDPRESS = "evidence-wordpress-version";
    static final String WOOCOMMERCE = "evidence-woocommerce-version";
    static final String PHP = "evidence-php-version";
    static final String STEPS = "evidence-reproduction-steps";
    static final String SCREENSHOTS = "evidence-screenshots";
    static final String PROVIDER_STATUS = "evidence-provider-status";
    static final String HOSTING_STATUS = "evidence-hosting-status";
    static final String PURCHASE = "evidence-purchase-context";
    static final String CATEGORY = "evidence-category";

    static String check(String id) {
        return "evidence-diagnostics-" + id;
    }

    @TempDir
    Path dir;
    TestBot bot;
    Call card;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(dir);
        card = bot.openIncident("Checkout failing after 4.2 update", "SEV1", "plugin-update");
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
    }

    static JsonNode block(JsonNode view, String blockId) {
        return StreamSupport.stream(view.path("blocks").spliterator(), false)
                .filter(b -> b.path("block_id").asText().equals(blockId)).findFirst()
                .orElseThrow(() -> new AssertionError("no block " + blockId));
    }

    /** Clicks "Add evidence" on the card and returns the modal that opened. */
    JsonNode addEvidence() {
        int before = bot.slack.calls("views.open").size();
        HttpResponse<String> ack = bot.click(bot.card(card), "evidence-add");
        assertThat(ack.statusCode()).isEqualTo(200);
        return bot.slack.await("views.open", before + 1).get(before).json("view");
    }

    Evidence stored() {
        try (Database db = Database.open(bot.db.toString())) {
            return new EvidenceService(db, bot.clock, ConfigLoader.defaults().evidence())
                    .evidence(new IncidentId(TestBot.TEAM, 1));
        }
    }

    /** Submits and waits for the card it refreshes. */
    Call save(ViewSubmission form) {
        int updates = bot.cardUpdates(card);
        HttpResponse<String> ack = bot.submit(form);
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(TestBot.json(ack).path("response_action").isMissingNode()).as(ack.body()).isTrue();
        return bot.awaitCardUpdate(card, updates);
    }

    @Test
    void theCardSaysWhatIsMissingWhereToEscalateAndOffersTheButtons() {
        String text = card.allText();

        assertThat(text).contains("Evidence 0/11 — missing: exact timestamp, affected user, affected screen, "
                + "plugin version, WordPress version, WooCommerce version, PHP version, reproduction steps, "
                + "diagnostics, purchase context, category");
        assertThat(text).contains("*Escalation route:* Internal operations · owner _unassigned_ (Owner)");
        assertThat(card.json("blocks").findValuesAsText("action_id"))
                .contains("evidence-add", "evidence-escalate", "rollback-open");
    }

    @Test
    void theModalHasEverySupportSafeFieldWithinSlacksLimits() {
        JsonNode view = addEvidence();

        assertThat(view.path("title").path("text").asText()).isEqualTo("Evidence · INC-1");
        assertThat(view.path("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(block(view, EXACT_TIME).path("element").path("type").asText()).isEqualTo("datetimepicker");
        for (String id : List.of(AFFECTED_USER, AFFECTED_SCREEN, PLUGIN, WORDPRESS, WOOCOMMERCE, PHP, STEPS,
                SCREENSHOTS, PROVIDER_STATUS, HOSTING_STATUS, PURCHASE)) {
            assertThat(block(view, id).path("element").path("type").asText()).as(id).isEqualTo("plain_text_input");
            assertThat(block(view, id).path("optional").asBoolean()).as(id).isTrue();
        }
        for (String check : List.of("php-extensions", "outbound-https", "dns", "ssl", "firewall")) {
            JsonNode element = block(view, check(check)).path("element");
            assertThat(element.path("options")).extracting(o -> o.path("text").path("text").asText())
                    .containsExactly("Pass", "Fail", "Not checked");
            assertThat(element.path("initial_option").path("value").asText()).isEqualTo("not-checked");
        }
        assertThat(block(view, CATEGORY).path("element").path("options")).extracting(o -> o.path("value").asText())
                .containsExactly("host", "provider", "plugin", "configuration", "data", "user-flow");
        assertThat(block(view, PHP).path("element").path("placeholder").path("text").asText()).isEqualTo("8.2.12");
    }

    @Test
    void savingPartOfTheFormIsFineAndTheCardCountsWhatIsThere() {
        long exact = bot.clock.instant().getEpochSecond() - 1800;
        Call updated = save(ViewSubmission.of(addEvidence())
                .dateTime(EXACT_TIME, exact)
                .text(PLUGIN, "4.2.1").text(WORDPRESS, "6.4.2").text(WOOCOMMERCE, "8.5.1")
                .text(AFFECTED_SCREEN, "WooCommerce → Checkout").text(AFFECTED_USER, "Customer role")
                .text(PURCHASE, "Regular licence").select(CATEGORY, "plugin")
                .select(check("php-extensions"), "pass").select(check("outbound-https"), "pass")
                .select(check("dns"), "pass").select(check("ssl"), "pass").select(check("firewall"), "pass"));

        assertThat(updated.allText()).contains("Evidence 9/11 — missing: PHP version, reproduction steps")
                .contains("*Escalation route:* Internal operations", "not yet reproducible");
        Evidence stored = stored();
        assertThat(stored.get(EvidenceField.EXACT_TIME)).contains(String.valueOf(exact));
        assertThat(stored.get(EvidenceField.DIAGNOSTICS)).contains(
                "php-extensions=pass;outbound-https=pass;dns=pass;ssl=pass;firewall=pass");
        assertThat(stored.has(EvidenceField.PHP_VERSION)).isFalse();

        Call complete = save(ViewSubmission.of(addEvidence()).text(PHP, "8.2.12")
                .text(STEPS, "1. Update to 4.2.1\n2. Pay for an order\n3. Error 500"));
        assertThat(complete.allText()).contains("Evidence 11/11 — complete",
                "*Escalation route:* Marketplace support (CodeCanyon)");
    }

    @Test
    void badVersionsComeBackAsFieldErrorsAndNothingIsSaved() {
        int updates = bot.cardUpdates(card);
        HttpResponse<String> ack = bot.submit(ViewSubmission.of(addEvidence())
                .text(PHP, "PHP 8.2").text(WORDPRESS, "latest").text(PLUGIN, "4.2.1")
                .dateTime(EXACT_TIME, bot.clock.instant().getEpochSecond() + 86_400));

        JsonNode errors = TestBot.json(ack).path("errors");
        assertThat(TestBot.json(ack).path("response_action").asText()).isEqualTo("errors");
        assertThat(errors.path(PHP).asText()).isEqualTo("Write the version number only, like 6.4.2 or 8.2.12.");
        assertThat(errors.path(WORDPRESS).asText()).contains("like 6.4.2");
        assertThat(errors.path(EXACT_TIME).asText()).contains("in the future");
        assertThat(errors.has(PLUGIN)).isFalse();
        assertThat(stored().values().asMap()).isEmpty(); // not even the valid plugin version
        bot.slack.awaitQuiet(100);
        assertThat(bot.cardUpdates(card)).isEqualTo(updates);
    }

    @Test
    void theModalIsPrefilledWithWhatIsKnownAndSecretsAreShownRedacted() {
        String purchase = "Regular licence, buyer jane.cooper@example.com";
        save(ViewSubmission.of(addEvidence()).text(PHP, "8.2.12").text(PURCHASE, purchase).select(CATEGORY, "provider")
                .select(check("dns"), "fail"));

        JsonNode view = addEvidence();

        assertThat(block(view, PHP).path("element").path("initial_value").asText()).isEqualTo("8.2.12");
        assertThat(block(view, PURCHASE).path("element").path("initial_value").asText())
                .isEqualTo("Regular licence, buyer [REDACTED:email#1]");
        assertThat(block(view, CATEGORY).path("element").path("initial_option").path("value").asText()).isEqualTo("provider");
        assertThat(block(view, check("dns")).path("element").path("initial_option").path("value").asText()).isEqualTo("fail");
        assertThat(view.toString()).doesNotContain("jane.cooper").contains("shown redacted");
    }

    @Test
    void aRedactedFieldLeftAsItIsKeepsWhatWasSavedWhileOtherFieldsChange() {
        String purchase = "Regular licence, buyer jane.cooper@example.com";
        save(ViewSubmission.of(addEvidence()).text(PURCHASE, purchase));

        save(ViewSubmission.of(addEvidence()).text(PHP, "8.2.12")); // the purchase field is submitted as shown

        assertThat(stored().get(EvidenceField.PURCHASE_CONTEXT)).contains(purchase);
        assertThat(stored().get(EvidenceField.PHP_VERSION)).contains("8.2.12");

        save(ViewSubmission.of(addEvidence()).text(PURCHASE, "")); // cleared on purpose
        assertThat(stored().has(EvidenceField.PURCHASE_CONTEXT)).isFalse();
    }

    @Test
    void theExactTimeIsSuggestedFromWhenTheIncidentWasFirstNoticed() throws Exception {
        JsonNode open = bot.openModal("Watcher publishes twice");
        long noticed = bot.clock.instant().getEpochSecond() - 600;
        bot.submit(ViewSubmission.of(open).select("incident-open-area", "watcher")
                .dateTime("incident-open-noticed-at", noticed));
        bot.slack.await("pins.add", 2);

        int before = bot.slack.calls("views.open").size();
        bot.commandAs(TestBot.USER, TestBot.CHANNEL, "evidence INC-2");
        JsonNode view = bot.slack.await("views.open", before + 1).get(before).json("view");

        assertThat(view.path("title").path("text").asText()).isEqualTo("Evidence · INC-2");
        assertThat(block(view, EXACT_TIME).path("element").path("initial_date_time").asLong()).isEqualTo(noticed);
    }

    @Test
    void theCommandFindsTheIncidentByItsChannelAndSaysSoWhenItCannot() {
        String channel = card.param("channel");
        int before = bot.slack.calls("views.open").size();

        assertThat(bot.commandAs(TestBot.USER, channel, "evidence").statusCode()).isEqualTo(200);
        assertThat(bot.slack.await("views.open", before + 1).get(before).json("view").path("title").path("text").asText())
                .isEqualTo("Evidence · INC-1");
        assertThat(TestBot.replyText(bot.command("evidence"))).contains("I can't tell which incident you mean",
                "/incident evidence [INC-n]");
        assertThat(TestBot.replyText(bot.command("evidence INC-9"))).contains("I can't tell which incident");
        assertThat(TestBot.replyText(bot.command("help"))).contains("/incident evidence [INC-n]",
                "/incident escalate [INC-n]", "/incident rollback [INC-n]", "/incident report [INC-n]");
    }

    @Test
    void everyEditIsAuditedBeforeToAfter() {
        save(ViewSubmission.of(addEvidence()).text(PHP, "8.1.27"));
        save(ViewSubmission.of(addEvidence()).text(PHP, "8.2.12"));

        try (Database db = Database.open(bot.db.toString())) {
            var timeline = new IncidentService(db, bot.clock).timeline(new IncidentId(TestBot.TEAM, 1));
            var last = timeline.get(timeline.size() - 1);
            assertThat(last.actor()).isEqualTo(TestBot.USER);
            assertThat(last.action()).isEqualTo("evidence updated (PHP version)");
            assertThat(last.before()).isEqualTo("PHP version: 8.1.27");
            assertThat(last.after()).isEqualTo("PHP version: 8.2.12");
        }
    }

    @Test
    void theCardShowsTheRouteForEachCategoryAndHostingWhenACheckFails() {
        String[][] expected = {
                {"host", "Hosting support", "hosting-owner"},
                {"provider", "AI provider support", "provider-owner"},
                {"plugin", "Internal operations", "owner"}, // no reproduction steps yet
                {"configuration", "Internal operations", "owner"},
                {"data", "Internal operations", "owner"},
                {"user-flow", "Internal operations", "owner"}};
        for (String[] route : expected) {
            Call updated = save(ViewSubmission.of(addEvidence()).select(CATEGORY, route[0]));
            assertThat(updated.allText()).as(route[0]).contains("*Escalation route:* " + route[1]);
        }
        Call marketplace = save(ViewSubmission.of(addEvidence()).select(CATEGORY, "plugin").text(STEPS, "1. Pay"));
        assertThat(marketplace.allText()).contains("*Escalation route:* Marketplace support (CodeCanyon) · owner "
                + "_unassigned_ (Marketplace support owner)");
        Call hosting = save(ViewSubmission.of(addEvidence()).select(check("outbound-https"), "fail"));
        assertThat(hosting.allText()).contains("*Escalation route:* Hosting support", "Outbound HTTPS check failed.");
    }
}
