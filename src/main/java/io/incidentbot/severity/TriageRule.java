package io.incidentbot.severity;

import java.util.List;

/** "When all of these hold, suggest {@code level}, because ...". An empty {@code when} always holds. */
public record TriageRule(String level, List<Criterion> when, String because) {

    public TriageRule {
        when = List.copyOf(when);
    }

    public boolean matches(TriageAnswers answers) {
        return when.stream().allMatch(c -> c.holds(answers));
    }
}
