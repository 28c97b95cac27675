package io.incidentbot.evidence;

import java.util.regex.Pattern;

/** What a version number looks like: 6.4.2, 8.2.12, 4.2, 4.2.0-rc1. */
public final class Versions {
    private static final Pattern VERSION = Pattern.compile("\\d{1,4}(\\.\\d{1,4}){1,3}([-+][0-9A-Za-z.-]{1,20})?");

    private Versions() {
    }

    public static boolean valid(String text) {
        return text != null && VERSION.matcher(text.strip()).matches();
    }
}
