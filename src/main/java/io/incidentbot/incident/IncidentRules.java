package io.incidentbot.incident;

import io.incidentbot.severity.SeverityScale;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What makes an incident openable. Pure: the same input always gives the same field errors. */
public final class IncidentRules {
    public static final int TITLE_MAX = 150;
    public static final int DESCRIPTION_MAX = 3000;
    /** A user's clock may run a little ahead of ours; more than this is a mistake. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final SeverityScale severities;
    private final List<Area> areas;

    public IncidentRules(SeverityScale severities, List<Area> areas) {
        this.severities = severities;
        this.areas = List.copyOf(areas);
    }

    public Map<IncidentField, String> problems(NewIncident form, Instant now) {
        Map<IncidentField, String> problems = new EnumMap<>(IncidentField.class);
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty()) {
            problems.put(IncidentField.TITLE, "Give the incident a short title, e.g. \"Checkout failing after 4.2 update\".");
        } else if (title.length() > TITLE_MAX) {
            problems.put(IncidentField.TITLE, "Keep the title to " + TITLE_MAX + " characters (it has "
                    + title.length() + "); put the details in \"What happened\".");
        }
        if (form.severity() == null || severities.find(form.severity()).isEmpty()) {
            problems.put(IncidentField.SEVERITY, "Choose a severity.");
        }
        if (form.area() == null || areas.stream().noneMatch(a -> a.id().equals(form.area()))) {
            problems.put(IncidentField.AREA, "Choose the affected area.");
        }
        if (form.description() != null && form.description().length() > DESCRIPTION_MAX) {
            problems.put(IncidentField.DESCRIPTION, "Keep this to " + DESCRIPTION_MAX
                    + " characters; add longer evidence later.");
        }
        form.noticedAt().filter(at -> at.isAfter(now.plus(CLOCK_SKEW))).ifPresent(at -> problems.put(
                IncidentField.NOTICED_AT, "That time is in the future. When was the problem first noticed?"));
        return problems;
    }
}
