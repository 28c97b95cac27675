package io.incidentbot.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The result of each {@link DiagnosticCheck}. Stored as {@code php-extensions=pass;dns=fail}
 * (checks not run are left out, so an empty text means nothing was checked).
 */
public final class Diagnostics {
    private final Map<DiagnosticCheck, CheckResult> results;

    private Diagnostics(Map<DiagnosticCheck, CheckResult> results) {
        this.results = Collections.unmodifiableMap(results);
    }

    public static Diagnostics none() {
        return new Diagnostics(new EnumMap<>(DiagnosticCheck.class));
    }

    public static Diagnostics of(Map<DiagnosticCheck, CheckResult> results) {
        Map<DiagnosticCheck, CheckResult> copy = new EnumMap<>(DiagnosticCheck.class);
        results.forEach((check, result) -> {
            if (result != CheckResult.NOT_CHECKED) {
                copy.put(check, result);
            }
        });
        return new Diagnostics(copy);
    }

    /** Reads the stored form; empty when the text is not in that form. */
    public static Optional<Diagnostics> parse(String stored) {
        Map<DiagnosticCheck, CheckResult> results = new EnumMap<>(DiagnosticCheck.class);
        if (stored == null || stored.isBlank()) {
            return Optional.of(none());
        }
        for (String pair : stored.split(";")) {
            String[] parts = pair.strip().split("=", 2);
            Optional<DiagnosticCheck> check = DiagnosticCheck.byId(parts[0].strip());
            Optional<CheckResult> result = parts.length == 2 ? CheckResult.byId(parts[1].strip()) : Optional.empty();
            if (check.isEmpty() || result.isEmpty()) {
                return Optional.empty();
            }
            results.put(check.get(), result.get());
        }
        return Optional.of(of(results));
    }

    /** Like {@link #parse}, but text in another form counts as nothing checked. */
    public static Diagnostics read(String stored) {
        return parse(stored).orElseGet(Diagnostics::none);
    }

    public String encode() {
        StringJoiner out = new StringJoiner(";");
        results.forEach((check, result) -> out.add(check.id() + "=" + result.id()));
        return out.toString();
    }

    public CheckResult result(DiagnosticCheck check) {
        return results.getOrDefault(check, CheckResult.NOT_CHECKED);
    }

    public List<DiagnosticCheck> failed() {
        return withResult(CheckResult.FAIL);
    }

    public List<DiagnosticCheck> notChecked() {
        return withResult(CheckResult.NOT_CHECKED);
    }

    /** Every check has a pass or a fail. */
    public boolean complete() {
        return notChecked().isEmpty();
    }

    private List<DiagnosticCheck> withResult(CheckResult wanted) {
        List<DiagnosticCheck> found = new ArrayList<>();
        for (DiagnosticCheck check : DiagnosticCheck.values()) {
            if (result(check) == wanted) {
                found.add(check);
            }
        }
        return found;
    }

    /** "PHP extensions: pass, DNS: fail, SSL: not checked, ..." */
    public String describe() {
        StringJoiner out = new StringJoiner(", ");
        for (DiagnosticCheck check : DiagnosticCheck.values()) {
            out.add(check.label() + ": " + result(check).label().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostics other && other.results.equals(results);
    }

    @Override
    public int hashCode() {
        return results.hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
