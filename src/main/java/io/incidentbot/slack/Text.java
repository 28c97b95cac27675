package io.incidentbot.slack;

/**
 * Slack's text limits, and the two things every user-supplied string needs before it reaches a
 * Block Kit builder: mrkdwn escaping (so "<!channel>" in a title pings nobody) and clamping (so no
 * payload is ever rejected for length).
 */
public final class Text {
    public static final int SECTION = 3000;
    public static final int FIELD = 2000;
    public static final int HEADER = 150;
    public static final int CONTEXT = 2000;
    public static final int MODAL_TITLE = 24;
    public static final int BUTTON = 75;
    public static final int OPTION = 75;
    public static final int OPTION_DESCRIPTION = 75;
    public static final int PLACEHOLDER = 150;
    public static final int LABEL = 2000;
    public static final int METADATA = 3000;
    public static final int MESSAGE = 4000;

    private Text() {
    }

    /** Shortens to at most {@code max} characters, ending with an ellipsis when it had to cut. */
    public static String clamp(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji in half
        }
        return text.substring(0, end) + "…";
    }

    /** Escapes the three characters mrkdwn gives meaning to. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Slack escapes these three in slash-command text; a title typed there should read as typed. */
    public static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** User text for a mrkdwn field: escaped, then clamped. */
    public static String mrkdwn(String text, int max) {
        return clamp(escape(text), max);
    }
}
