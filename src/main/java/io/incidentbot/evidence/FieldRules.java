package io.incidentbot.evidence;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What makes a typed value acceptable, by {@link FieldKind}. Pure. Blank values are always fine:
 * saving part of a record is allowed, and blank removes a value.
 */
public final class FieldRules {
    /** A user's clock may run a little ahead of ours; more than this is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private FieldRules() {
    }

    /** Problems keyed by field, in field order; empty when everything can be stored. */
    public static <F extends Enum<F> & FormField> Map<F, String> problems(Map<F, String> proposed, Instant now) {
        Map<F, String> problems = new LinkedHashMap<>();
        proposed.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (!value.isEmpty()) {
                problem(e.getKey(), value, now).ifPresent(p -> problems.put(e.getKey(), p));
            }
        });
        return problems;
    }

    static Optional<String> problem(FormField field, String value, Instant now) {
        FieldKind kind = field.kind();
        if (value.length() > kind.maxLength()) {
            return Optional.of("Keep this to " + kind.maxLength() + " characters (it has " + value.length() + ").");
        }
        return switch (kind) {
            case VERSION -> Versions.valid(value) ? Optional.empty()
                    : Optional.of("Write the version number only, like 6.4.2 or 8.2.12.");
            case TIMESTAMP -> timestamp(value, now);
            case DATE -> date(value, now);
            case LINKS -> links(value);
            case DIAGNOSTICS -> Diagnostics.parse(value).isPresent() ? Optional.empty()
                    : Optional.of("Choose pass, fail or not checked for each check.");
            case CATEGORY -> Category.byId(value).isPresent() ? Optional.empty() : Optional.of("Choose a category.");
            case DECISION -> RollbackDecision.byId(value).isPresent() ? Optional.empty() : Optional.of("Choose a decision.");
            default -> Optional.empty();
        };
    }

    private static Optional<String> timestamp(String value, Instant now) {
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(value));
            return at.isAfter(now.plus(CLOCK_SKEW))
                    ? Optional.of("That time is in the future. When exactly did it happen?") : Optional.empty();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.of("Pick a date and time.");
        }
    }

    private static Optional<String> date(String value, Instant now) {
        try {
            // the latest day anywhere on earth right now
            LocalDate latest = now.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
            return LocalDate.parse(value).isAfter(latest)
                    ? Optional.of("That date is in the future. When was the update applied?") : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("Pick a date.");
        }
    }

    private static Optional<String> links(String value) {
        int line = 0;
        for (String link : value.split("\\R")) {
            line++;
            String url = link.strip();
            if (url.isEmpty()) {
                continue;
            }
            if (!isWebLink(url)) {
                return Optional.of("Line " + line + " is not a link: put one https:// link per line.");
            }
        }
        return Optional.empty();
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
