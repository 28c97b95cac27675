package io.incidentbot.comms;

import io.incidentbot.common.IncidentId;
import io.incidentbot.incident.IncidentListener;
import io.incidentbot.schedule.TimerService;
import io.incidentbot.severity.Severity;
import io.incidentbot.severity.SeverityScale;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * When customers hear from us next, as stored timers. One {@link #DUE} timer at a time: it is only
 * scheduled again when an update is published or skipped, so however long the bot was down an
 * overdue incident gets one draft, not one per missed period. Setting a severity reschedules it;
 * resolving replaces it with the final draft, due at once. A promise that passes unpublished
 * fires {@link #OVERDUE}: step 1 reminds the comms owner, step 2 the owner.
 */
public final class UpdateSchedule implements IncidentListener {
    public static final String DUE = "customer-update-due";
    public static final String OVERDUE = "customer-update-overdue";
    /** The payload of the due timer that drafts the final update. */
    public static final String RESOLVED = "resolved";

    private final TimerService timers;
    private final SeverityScale severities;
    private final Duration remindAfter;

    public UpdateSchedule(TimerService timers, SeverityScale severities, Duration remindAfter) {
        this.timers = timers;
        this.severities = severities;
        this.remindAfter = remindAfter;
    }

    public TimerService timers() {
        return timers;
    }

    public Optional<Duration> cadence(String severity) {
        return severities.find(severity).flatMap(Severity::updateCadence);
    }

    @Override
    public void opened(Handle h, IncidentId id, String severity, Instant now) {
        cadence(severity).ifPresent(every -> timers.schedule(h, id, DUE, severity, now.plus(every)));
    }

    @Override
    public void severitySet(Handle h, IncidentId id, String severity, Instant now) {
        restart(h, id, severity, now);
    }

    @Override
    public void resolved(Handle h, IncidentId id, Instant now) {
        timers.cancel(h, id, DUE, OVERDUE);
        timers.schedule(h, id, DUE, RESOLVED, now);
    }

    /** The next update falls due one cadence after {@code from}; returns when, if the severity has a cadence. */
    public Optional<Instant> restart(Handle h, IncidentId id, String severity, Instant from) {
        timers.cancel(h, id, DUE, OVERDUE);
        Optional<Instant> next = cadence(severity).map(from::plus);
        next.ifPresent(at -> timers.schedule(h, id, DUE, severity, at));
        return next;
    }

    /** Nothing more is promised (the final update went out). */
    public void stop(Handle h, IncidentId id) {
        timers.cancel(h, id, DUE, OVERDUE);
    }

    /** A promise made for {@code promised} is not kept yet: remind at step {@code step} after it. */
    public void remindLater(Handle h, IncidentId id, Instant promised, int step) {
        timers.schedule(h, id, OVERDUE, String.valueOf(step), promised.plus(remindAfter.multipliedBy(step)));
    }
}
