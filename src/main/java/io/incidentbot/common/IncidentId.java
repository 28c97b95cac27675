package io.incidentbot.common;

/** An incident's identity: its Slack workspace and its number there (INC-7 is number 7). */
public record IncidentId(String teamId, int number) {

    public IncidentId {
        if (teamId == null || teamId.isBlank()) {
            throw new IllegalArgumentException("team id is required");
        }
    }

    /** The number in "INC-7", "inc-7", "#7" or "7" (with {@code prefix} "INC"); empty for anything else. */
    public static java.util.Optional<Integer> parseNumber(String text, String prefix) {
        String t = text == null ? "" : text.strip();
        if (t.regionMatches(true, 0, prefix + "-", 0, prefix.length() + 1)) {
            t = t.substring(prefix.length() + 1);
        } else if (t.startsWith("#")) {
            t = t.substring(1);
        }
        if (!t.matches("\\d{1,9}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Integer.parseInt(t));
    }

    public String display(String prefix) {
        return prefix + "-" + number;
    }
}
