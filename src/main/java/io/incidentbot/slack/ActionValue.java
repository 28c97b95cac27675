package io.incidentbot.slack;

import java.util.Optional;

/**
 * What a button (or a picker's block id) carries: the incident number, the state it intends, and
 * the incident version it was drawn at, so a double click does what one click does and a click on
 * a stale card is refused rather than applied over someone else's change. Small: "7:resolved:12".
 */
public record ActionValue(int number, String intent, int version) {

    public String encode() {
        return number + ":" + intent + ":" + version;
    }

    public static Optional<ActionValue> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int first = value.indexOf(':');
        int last = value.lastIndexOf(':');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ActionValue(Integer.parseInt(value.substring(0, first)),
                    value.substring(first + 1, last), Integer.parseInt(value.substring(last + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
