package io.incidentbot.evidence;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where to escalate, from the category and the diagnostics (Diagnostics and Support, "Escalation
 * path"; Incident Response Runbook, "Owner and cadence"). Pure. In order:
 * <ol>
 *   <li>any failed environment check (PHP extensions, outbound HTTPS, DNS, SSL, firewall) → hosting,
 *       whatever the category: a provider or plugin cannot work on a host that fails them;</li>
 *   <li>category host → hosting; provider → AI provider support;</li>
 *   <li>category plugin → marketplace support once it is reproducible with safe evidence
 *       (reproduction steps recorded); until then internal operations, who make it reproducible;</li>
 *   <li>configuration, data, user-flow → internal operations;</li>
 *   <li>no category yet → internal operations: the runbook escalates internally when routing
 *       between host, provider and plugin support is unclear.</li>
 * </ol>
 */
public final class RoutePolicy {
    private RoutePolicy() {
    }

    public static Recommendation recommend(Evidence evidence) {
        return recommend(evidence.category(), evidence.diagnostics(), evidence.has(EvidenceField.REPRODUCTION_STEPS));
    }

    public static Recommendation recommend(Optional<Category> category, Diagnostics diagnostics, boolean reproducible) {
        List<DiagnosticCheck> failed = diagnostics.failed();
        if (!failed.isEmpty()) {
            return new Recommendation(EscalationRoute.HOSTING, checks(failed) + (failed.size() == 1 ? " check" : " checks")
                    + " failed.");
        }
        if (category.isEmpty()) {
            return new Recommendation(EscalationRoute.INTERNAL,
                    "Routing is unclear until the issue is categorised (host, provider, plugin, configuration, data or user-flow).");
        }
        return switch (category.get()) {
            case HOST -> new Recommendation(EscalationRoute.HOSTING, "Categorised as a host issue.");
            case PROVIDER -> new Recommendation(EscalationRoute.PROVIDER, "Categorised as a provider issue.");
            case PLUGIN -> reproducible
                    ? new Recommendation(EscalationRoute.MARKETPLACE, "Plugin issue, reproducible with the recorded steps.")
                    : new Recommendation(EscalationRoute.INTERNAL,
                            "Plugin issue, not yet reproducible: add reproduction steps to take it to marketplace support.");
            case CONFIGURATION -> new Recommendation(EscalationRoute.INTERNAL, "Categorised as a configuration issue.");
            case DATA -> new Recommendation(EscalationRoute.INTERNAL, "Categorised as a data issue.");
            case USER_FLOW -> new Recommendation(EscalationRoute.INTERNAL, "Categorised as a user-flow issue.");
        };
    }

    /** "DNS", "DNS and SSL", "PHP extensions, DNS and SSL" */
    private static String checks(List<DiagnosticCheck> checks) {
        List<String> labels = checks.stream().map(DiagnosticCheck::label).toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return labels.subList(0, labels.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + labels.get(labels.size() - 1);
    }
}
