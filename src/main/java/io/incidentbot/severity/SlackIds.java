package io.incidentbot.severity;

import java.util.regex.Pattern;

/** Slack ids as they appear in config: users ({@code U…}, {@code W…}) and user groups ({@code S…}). */
public final class SlackIds {
    private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern GROUP = Pattern.compile("S[A-Z0-9]{2,20}");

    private SlackIds() {
    }

    public static boolean isUser(String id) {
        return id != null && USER.matcher(id).matches();
    }

    public static boolean isGroup(String id) {
        return id != null && GROUP.matcher(id).matches();
    }
}
