package io.incidentbot.incident;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What a resolution needs: every acceptance check answered, and a reason when work is outstanding. Pure. */
public final class ResolutionRules {
    public static final int ANSWER_MAX = 3000;

    private ResolutionRules() {
    }

    public static Map<ResolutionField, String> problems(Resolution answers, List<String> outstanding) {
        Map<ResolutionField, String> problems = new EnumMap<>(ResolutionField.class);
        required(problems, ResolutionField.IMPACT, answers.impact(), "Who and what was affected, for how long?");
        required(problems, ResolutionField.ROOT_CAUSE, answers.rootCause(),
                "Your best hypothesis of the cause, even if unconfirmed.");
        required(problems, ResolutionField.OWNER, answers.owner(), "Who owns the remediation and prevention?");
        required(problems, ResolutionField.REMEDIATION, answers.remediation(), "What was done to recover?");
        required(problems, ResolutionField.PREVENTION, answers.prevention(), "What step keeps this from recurring?");
        if (!outstanding.isEmpty() && answers.overrideReason().isEmpty()) {
            problems.put(ResolutionField.OVERRIDE_REASON, "Work is still outstanding: say why resolve anyway.");
        }
        answers.overrideReason().filter(r -> r.length() > ANSWER_MAX).ifPresent(r -> problems.put(
                ResolutionField.OVERRIDE_REASON, "Keep this to " + ANSWER_MAX + " characters."));
        return problems;
    }

    private static void required(Map<ResolutionField, String> problems, ResolutionField field, String value,
                                 String ask) {
        if (value.isBlank()) {
            problems.put(field, "Required. " + ask);
        } else if (value.length() > ANSWER_MAX) {
            problems.put(field, "Keep this to " + ANSWER_MAX + " characters (it has " + value.length() + ").");
        }
    }
}
