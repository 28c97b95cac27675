package io.incidentbot.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Stored values as people read them in audit text and reports (never redacted here: callers redact). */
public final class FieldDisplay {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private FieldDisplay() {
    }

    public static String describe(FormField field, String stored) {
        return switch (field.kind()) {
            case TIMESTAMP -> timestamp(stored);
            case DIAGNOSTICS -> Diagnostics.parse(stored).map(Diagnostics::describe).orElse(stored);
            case CATEGORY -> Category.byId(stored).map(Category::label).orElse(stored);
            case DECISION -> RollbackDecision.byId(stored).map(RollbackDecision::label).orElse(stored);
            case USER -> "@" + stored;
            default -> stored;
        };
    }

    /** "2026-03-05 13:05:00 UTC": unambiguous, whatever the reader's zone. */
    public static String timestamp(Instant at) {
        return UTC.format(at);
    }

    private static String timestamp(String epochSeconds) {
        try {
            return timestamp(Instant.ofEpochSecond(Long.parseLong(epochSeconds.strip())));
        } catch (NumberFormatException e) {
            return epochSeconds;
        }
    }
}
