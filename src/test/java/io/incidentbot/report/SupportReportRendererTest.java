package io.incidentbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.audit.AuditEvent;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.evidence.Evidence;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.RollbackRecord;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.Status;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.support.PlantedSecrets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The support report: everything support needs to triage, nothing secret. */
class SupportReportRendererTest {
    static final Incident INCIDENT = new Incident(new IncidentId("T1", 7), "Checkout failing after 4.2 update", "SEV1",
            Status.INVESTIGATING, "plugin-update", true, false, "Customers get a 500 on the pay button.",
            Optional.of(Instant.parse("2026-03-05T13:00:00Z")), "U0ALICE", Instant.parse("2026-03-05T13:07:00Z"),
            "C0SUPPORT", Optional.of("C0INC"), 3);

    static final List<AuditEvent> TIMELINE = List.of(
            new AuditEvent(1, Instant.parse("2026-03-05T13:07:00Z"), "U0ALICE", "opened", null,
                    "SEV1 · plugin-update · Checkout failing after 4.2 update"),
            new AuditEvent(2, Instant.parse("2026-03-05T13:20:00Z"), "U0ALICE", "evidence updated (reproduction steps)",
                    "Reproduction steps: (none)", "Reproduction steps: " + PlantedSecrets.STEPS),
            new AuditEvent(3, Instant.parse("2026-03-05T13:30:00Z"), "U0BOB", "escalation recommended", null,
                    "Hosting support · owner unassigned · reported by jane.cooper@example.com"));

    static SupportReport render(Evidence evidence, RollbackRecord rollback) {
        return render(evidence, rollback, TIMELINE);
    }

    static SupportReport render(Evidence evidence, RollbackRecord rollback, List<AuditEvent> timeline) {
        var settings = ConfigLoader.defaults().evidence();
        var assessment = settings.assess(INCIDENT.severity(), evidence);
        return new SupportReportRenderer(Redactor.withDefaults()).render(new ReportFacts("INC-7", INCIDENT,
                "SEV1 — Critical", "Plugin update", assessment, Optional.of("U0CAROL"), "Hosting owner", rollback,
                timeline, Instant.parse("2026-03-05T14:00:00Z")));
    }

    @Test
    void aReportBuiltFromEvidenceFullOfSecretsContainsNoneOfThem() {
        String report = render(PlantedSecrets.evidence(), PlantedSecrets.rollback()).markdown();

        for (String secret : PlantedSecrets.SECRETS) {
            assertThat(report).as("the report leaks %s", secret).doesNotContain(secret);
        }
        assertThat(report).doesNotContain("jane.cooper", "m.rossi", "1111 1111", "S3cr3t");
    }

    @Test
    void itStillCarriesWhatSupportNeedsToTriage() {
        String report = render(PlantedSecrets.evidence(), PlantedSecrets.rollback()).markdown();

        assertThat(report).startsWith("# Support report: INC-7 · Checkout failing after 4.2 update")
                .contains("- **Plugin version:** 4.2.1", "- **WordPress version:** 6.4.2",
                        "- **WooCommerce version:** 8.5.1", "- **PHP version:** 8.2.12")
                .contains("- **Exact timestamp:** 2026-03-05 13:05:00 UTC", "- **Opened:** 2026-03-05 13:07:00 UTC")
                .contains("- **Affected screen:** WooCommerce → Checkout → Pay for order")
                .contains("1. Log in as the shop manager", "2. Settings → SophMate → Provider: key",
                        "Place an order paying with", "4. Checkout shows \"Error 500\" at 13:05 UTC")
                .contains("- **SSL:** **fail**", "- **DNS:** pass", "- **Outbound HTTPS:** pass")
                .contains("- **Category:** Plugin")
                .contains("- **Escalation route:** Hosting support — SSL check failed.")
                .contains("- **Route owner:** @U0CAROL (Hosting owner)")
                .contains("- **Evidence:** 11/11 — complete")
                .contains("https://files.example.com/shots/checkout-500.png")
                .contains("- **Release version:** 4.2.1", "- **Update date:** 2026-03-04", "- **Restore owner:** @U0BOB",
                        "- **Rollback decision:** Roll back to the previous release", "Orders paid with")
                .contains("- 2026-03-05 13:07:00 UTC · U0ALICE · opened — SEV1 · plugin-update · Checkout failing",
                        "- 2026-03-05 13:20:00 UTC · U0ALICE · evidence updated (reproduction steps)\n",
                        "escalation recommended — Hosting support · owner unassigned");
    }

    @Test
    void itEndsWithHowManyItemsOfEachKindWereRemoved() {
        SupportReport report = render(PlantedSecrets.evidence(), PlantedSecrets.rollback());
        String markdown = report.markdown();
        String ending = markdown.substring(markdown.lastIndexOf("## Removed before sharing"));

        assertThat(report.removed()).containsKeys("email", "card_number", "openai_key", "stripe_secret_key",
                "aws_access_key_id");
        assertThat(ending).contains(report.removedTotal() + " items removed:", "| email | " + report.removed().get("email") + " |",
                "| card_number | " + report.removed().get("card_number") + " |");
        assertThat(markdown.lines().filter(l -> l.startsWith("## ")).reduce((a, b) -> b)).contains("## Removed before sharing");
        assertThat(report.removedSummary()).startsWith(report.removedTotal() + " items removed: ");
    }

    @Test
    void theSameValueGetsTheSamePlaceholderAcrossSections() {
        String markdown = render(PlantedSecrets.evidence(), PlantedSecrets.rollback()).markdown();

        assertThat(markdown).contains("[REDACTED:openai_key#1]").doesNotContain("[REDACTED:openai_key#2]");
    }

    @Test
    void anEmptyRecordSaysWhatIsMissingAndRemovesNothing() {
        SupportReport report = render(Evidence.empty(), RollbackRecord.empty(), TIMELINE.subList(0, 1));

        assertThat(report.markdown()).contains("- **PHP version:** _not recorded_", "No rollback record.",
                "- **Evidence:** 0/11 — missing: exact timestamp, affected user", "Internal operations — Routing is unclear",
                "Nothing needed removing.");
        assertThat(report.removedSummary()).isEqualTo("nothing removed");
    }

    @Test
    void freeTextCannotBreakOutOfItsBlock() {
        Evidence evidence = Evidence.of(Map.of(EvidenceField.REPRODUCTION_STEPS, "1. Paste ```\n## Fake section\n````"));

        String markdown = render(evidence, RollbackRecord.empty()).markdown();

        assertThat(markdown).contains("`````text\n1. Paste ```\n## Fake section\n````\n`````");
    }
}
