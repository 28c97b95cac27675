package io.incidentbot.slack.runbook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checklist's Block Kit ids, declared once for builder and registration, and the small values
 * its buttons and picker carry. Runbook and item ids are letters, digits, '-' and '_' (the config
 * enforces it), so ':' separates safely.
 */
final class ChecklistIds {
    /** Prefix of every item button's action id; the item id follows, unique within a message. */
    static final String TOGGLE = "checklist-toggle";
    static final Pattern TOGGLE_ACTIONS = Pattern.compile("^" + TOGGLE + ":.+$");
    /** The card's "add a runbook" picker. */
    static final String ADD_RUNBOOK = "checklist-add-runbook";
    static final String PROGRESS_BLOCK = "checklist-progress";

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}";
    private static final Pattern TOGGLE_VALUE = Pattern.compile("^(\\d{1,9}):(" + ID + "):(" + ID + "):(tick|untick)$");
    private static final Pattern ADD_VALUE = Pattern.compile("^(\\d{1,9}):(" + ID + ")$");

    private ChecklistIds() {
    }

    static String toggleAction(String itemId) {
        return TOGGLE + ":" + itemId;
    }

    static String itemBlock(String runbookId, String itemId) {
        return "checklist-item:" + runbookId + ":" + itemId;
    }

    /**
     * A click on an item: which incident, checklist and item, and the state it asks for. The wanted
     * state rather than "flip": a double click, or a click on an outdated message, does what one click means.
     */
    record Toggle(int number, String runbookId, String itemId, boolean done) {
        String encode() {
            return number + ":" + runbookId + ":" + itemId + ":" + (done ? "tick" : "untick");
        }

        static Optional<Toggle> decode(String value) {
            Matcher m = TOGGLE_VALUE.matcher(value == null ? "" : value);
            return m.matches()
                    ? Optional.of(new Toggle(Integer.parseInt(m.group(1)), m.group(2), m.group(3), m.group(4).equals("tick")))
                    : Optional.empty();
        }
    }

    /** A runbook chosen in the card's picker. */
    record AddRunbook(int number, String runbookId) {
        String encode() {
            return number + ":" + runbookId;
        }

        static Optional<AddRunbook> decode(String value) {
            Matcher m = ADD_VALUE.matcher(value == null ? "" : value);
            return m.matches() ? Optional.of(new AddRunbook(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
        }
    }
}
