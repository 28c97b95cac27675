package io.incidentbot.severity;

import java.util.List;

/**
 * Suggests a severity from the triage answers: the first rule whose criteria all hold wins, the
 * fallback otherwise. Pure and configurable (config {@code triage:}); the defaults keep a cosmetic
 * admin issue off the path of a checkout-impacting or privacy incident.
 */
public record TriagePolicy(List<TriageRule> rules, TriageRule otherwise) {

    public TriagePolicy {
        rules = List.copyOf(rules);
        if (!otherwise.when().isEmpty()) {
            throw new IllegalArgumentException("the fallback rule has no criteria");
        }
    }

    public Suggestion suggest(TriageAnswers answers) {
        for (TriageRule rule : rules) {
            if (rule.matches(answers)) {
                return new Suggestion(rule.level(), rule.because(), rule.when());
            }
        }
        return new Suggestion(otherwise.level(), otherwise.because(), List.of());
    }
}
