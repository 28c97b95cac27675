package io.incidentbot.severity;

/**
 * The severity model's criteria (SLA seed): production impact, customer visibility, revenue risk,
 * privacy exposure, data correctness, and whether the affected automation can be paused.
 */
public record TriageAnswers(ProductionImpact productionImpact, boolean customerVisible, boolean revenueRisk,
                            boolean privacyExposure, boolean dataIncorrect, boolean automationPausable) {

    public TriageAnswers {
        if (productionImpact == null) {
            throw new IllegalArgumentException("production impact is required");
        }
    }
}
