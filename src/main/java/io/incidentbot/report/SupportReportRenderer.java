package io.incidentbot.report;

import io.incidentbot.audit.AuditEvent;
import io.incidentbot.evidence.Assessment;
import io.incidentbot.evidence.CheckResult;
import io.incidentbot.evidence.DiagnosticCheck;
import io.incidentbot.evidence.Diagnostics;
import io.incidentbot.evidence.Evidence;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.FieldDisplay;
import io.incidentbot.evidence.RollbackField;
import io.incidentbot.evidence.RollbackRecord;
import io.incidentbot.incident.Incident;
import io.incidentbot.redaction.Redaction;
import io.incidentbot.redaction.Redactor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders the support report of the runbooks ("lets another operator reproduce or triage the issue
 * without receiving secrets") as Markdown. The whole document is redacted in one pass, so a value
 * repeated across sections gets the same placeholder; the closing section counts what was removed.
 * Values are never shortened before redaction: a cut secret could slip past the detectors.
 */
public final class SupportReportRenderer {
    private static final String NOT_RECORDED = "_not recorded_";

    private final Redactor redactor;

    public SupportReportRenderer(Redactor redactor) {
        this.redactor = redactor;
    }

    public SupportReport render(ReportFacts facts) {
        Redaction redaction = redactor.redact(body(facts));
        Map<String, Integer> removed = new TreeMap<>(redaction.countsByKind());
        StringBuilder out = new StringBuilder(redaction.text());
        out.append("\n## Removed before sharing\n\n");
        if (removed.isEmpty()) {
            out.append("Nothing needed removing.\n");
        } else {
            int total = redaction.findings().size();
            out.append(total).append(total == 1 ? " item" : " items").append(" removed:\n\n| Kind | Items |\n|---|---|\n");
            removed.forEach((kind, n) -> out.append("| ").append(kind).append(" | ").append(n).append(" |\n"));
        }
        return new SupportReport(facts.reference(), out.toString(), removed);
    }

    private static String body(ReportFacts facts) {
        Incident incident = facts.incident();
        Assessment assessment = facts.assessment();
        Evidence evidence = assessment.evidence();
        StringBuilder out = new StringBuilder();
        out.append("# Support report: ").append(facts.reference()).append(" · ").append(oneLine(incident.title()))
                .append("\n\nGenerated ").append(FieldDisplay.timestamp(facts.generatedAt()))
                .append(" by incident-bot. Provider keys, credentials, payment data and private customer details ")
                .append("are replaced by `[REDACTED:kind#n]` placeholders; the last section counts them.\n");

        section(out, "Summary");
        item(out, "Severity", facts.severity());
        item(out, "Status", incident.status().label());
        item(out, "Affected area", facts.area());
        item(out, "Customer-visible", incident.customerVisible() ? "yes" : "no");
        item(out, "Opened", FieldDisplay.timestamp(incident.openedAt()));
        incident.noticedAt().ifPresent(at -> item(out, "First noticed", FieldDisplay.timestamp(at)));
        item(out, "Category", evidence.category().map(c -> c.label()).orElse(NOT_RECORDED));
        item(out, "Escalation route", assessment.recommendation().route().label() + " — "
                + assessment.recommendation().reason());
        item(out, "Route owner", facts.routeOwner().map(u -> "@" + u).orElse("unassigned")
                + " (" + facts.routeOwnerRole() + ")");
        item(out, "Evidence", assessment.completeness().summary().replaceFirst("^Evidence ", ""));
        if (!incident.description().isBlank()) {
            section(out, "What happened");
            block(out, incident.description());
        }

        section(out, "Purchase context");
        field(out, evidence, EvidenceField.PURCHASE_CONTEXT);

        section(out, "Environment");
        for (EvidenceField f : List.of(EvidenceField.PLUGIN_VERSION, EvidenceField.WORDPRESS_VERSION,
                EvidenceField.WOOCOMMERCE_VERSION, EvidenceField.PHP_VERSION)) {
            field(out, evidence, f);
        }

        section(out, "When and where");
        for (EvidenceField f : List.of(EvidenceField.EXACT_TIME, EvidenceField.AFFECTED_USER,
                EvidenceField.AFFECTED_SCREEN)) {
            field(out, evidence, f);
        }

        section(out, "Reproduction steps");
        evidence.get(EvidenceField.REPRODUCTION_STEPS).ifPresentOrElse(steps -> block(out, steps),
                () -> out.append(NOT_RECORDED).append('\n'));

        section(out, "Diagnostics");
        diagnostics(out, evidence.diagnostics());
        out.append('\n');
        field(out, evidence, EvidenceField.PROVIDER_STATUS);
        field(out, evidence, EvidenceField.HOSTING_STATUS);

        section(out, "Screenshots");
        evidence.get(EvidenceField.SCREENSHOTS).ifPresentOrElse(
                links -> links.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(l -> out.append("- ").append(l).append('\n')),
                () -> out.append(NOT_RECORDED).append('\n'));

        section(out, "Rollback record");
        rollback(out, facts.rollback());

        section(out, "Timeline");
        for (AuditEvent event : facts.timeline()) {
            out.append("- ").append(FieldDisplay.timestamp(event.at())).append(" · ").append(event.actor())
                    .append(" · ").append(oneLine(event.action()));
            Optional.ofNullable(event.after()).filter(SupportReportRenderer::summarisable)
                    .ifPresent(after -> out.append(" — ").append(after));
            out.append('\n');
        }
        return out.toString();
    }

    private static void rollback(StringBuilder out, RollbackRecord record) {
        if (record.isEmpty()) {
            out.append("No rollback record.\n");
            return;
        }
        for (RollbackField f : RollbackField.values()) {
            if (f == RollbackField.KNOWN_CAVEATS) {
                continue;
            }
            item(out, f.label(), record.get(f).map(v -> FieldDisplay.describe(f, v)).orElse(NOT_RECORDED));
        }
        out.append("\n**Known caveats**\n\n");
        record.get(RollbackField.KNOWN_CAVEATS).ifPresentOrElse(c -> block(out, c),
                () -> out.append(NOT_RECORDED).append('\n'));
    }

    /** A list, not a table: the redactor reads "| Outbound HTTPS | pass |" as a password in a table. */
    private static void diagnostics(StringBuilder out, Diagnostics diagnostics) {
        for (DiagnosticCheck check : DiagnosticCheck.values()) {
            CheckResult result = diagnostics.result(check);
            item(out, check.label(), result == CheckResult.FAIL ? "**fail**" : result.label().toLowerCase(Locale.ROOT));
        }
    }

    /** Short, single-line audit text (opened, channel created, escalation) reads well in a summary. */
    private static boolean summarisable(String after) {
        return !after.isBlank() && after.length() <= 300 && after.lines().count() == 1;
    }

    private static void section(StringBuilder out, String title) {
        out.append("\n## ").append(title).append("\n\n");
    }

    private static void field(StringBuilder out, Evidence evidence, EvidenceField field) {
        item(out, field.label(), evidence.get(field).map(v -> FieldDisplay.describe(field, v)).orElse(NOT_RECORDED));
    }

    private static void item(StringBuilder out, String label, String value) {
        out.append("- **").append(label).append(":** ").append(oneLine(value)).append('\n');
    }

    /** Free text kept exactly as typed, in a fence no backtick run inside can close. */
    private static void block(StringBuilder out, String text) {
        int longest = 0;
        int run = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        out.append(fence).append("text\n").append(text.strip()).append('\n').append(fence).append('\n');
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
}
