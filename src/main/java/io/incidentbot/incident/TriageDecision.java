package io.incidentbot.incident;

import io.incidentbot.severity.Suggestion;
import io.incidentbot.severity.TriageAnswers;
import java.util.Optional;

/** A triage: the answers, what the policy suggested, the level chosen and, when it differs, why. */
public record TriageDecision(TriageAnswers answers, Suggestion suggestion, String level,
                             Optional<String> overrideReason) {

    public TriageDecision {
        overrideReason = overrideReason.map(String::strip).filter(r -> !r.isEmpty());
        if (!level.equalsIgnoreCase(suggestion.level()) && overrideReason.isEmpty()) {
            throw new IllegalArgumentException("overriding the suggested " + suggestion.level() + " needs a reason");
        }
    }

    public boolean isOverride() {
        return !level.equalsIgnoreCase(suggestion.level());
    }
}
