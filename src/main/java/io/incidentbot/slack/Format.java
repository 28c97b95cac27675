package io.incidentbot.slack;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Slack mrkdwn for people, channels and times (rendered in each reader's own time zone). */
public final class Format {
    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Format() {
    }

    public static String user(String userId) {
        return "<@" + userId + ">";
    }

    /** Mentions a user group: {@code <!subteam^S123>}. */
    public static String group(String groupId) {
        return "<!subteam^" + groupId + ">";
    }

    public static String channel(String channelId) {
        return "<#" + channelId + ">";
    }

    /** "Nov 21, 2026 at 14:02" in the reader's zone. */
    public static String when(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} at {time}|" + FALLBACK.format(at) + ">";
    }

    /** "3d 4h", "2h 5m", "12m", "just now". */
    public static String age(Duration age) {
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        long days = minutes / (24 * 60);
        long hours = (minutes / 60) % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + "d " + hours + "h";
        }
        return hours > 0 ? hours + "h " + mins + "m" : mins + "m";
    }
}
