package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.schedule.TimerService;
import io.incidentbot.severity.SeverityScale;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/**
 * The response-target clock. Setting a severity (opening, triage, reopening) starts it; a response
 * (acknowledging, moving the status on, resolving) stops it. When it runs out the owner is
 * reminded and the severity's escalation route begins, one {@link #ESCALATION} timer per step.
 */
public final class ResponseTimers {
    public static final String RESPONSE_TARGET = "response-target";
    public static final String ESCALATION = "escalation";

    private final TimerService timers;
    private final SeverityScale severities;
    private final List<IncidentListener> listeners = new CopyOnWriteArrayList<>();

    public ResponseTimers(TimerService timers, SeverityScale severities) {
        this.timers = timers;
        this.severities = severities;
    }

    /** Also tells {@code listener} when a severity is set or an incident resolved (wiring, before start). */
    public void listen(IncidentListener listener) {
        listeners.add(listener);
    }

    /** The incident was resolved: tells the listeners, inside the transaction on {@code h}. */
    public void resolved(Handle h, IncidentId id, Instant now) {
        stop(h, id);
        listeners.forEach(l -> l.resolved(h, id, now));
    }

    /** Replaces whatever response clock ran with a fresh one for {@code severity}, inside the transaction on {@code h}. */
    public void start(Handle h, IncidentId id, String severity, Instant now) {
        stop(h, id);
        schedule(h, id, severity, now);
        listeners.forEach(l -> l.severitySet(h, id, severity, now));
    }

    /** Starts the clock of an incident that has none yet (it was just opened): nothing to cancel. */
    public void startFirst(Handle h, IncidentId id, String severity, Instant now) {
        schedule(h, id, severity, now);
        listeners.forEach(l -> l.opened(h, id, severity, now));
    }

    private void schedule(Handle h, IncidentId id, String severity, Instant now) {
        severities.find(severity).ifPresent(level ->
                timers.schedule(h, id, RESPONSE_TARGET, level.id(), level.respondBy(now)));
    }

    /** Stops the response clock and any escalation in progress; returns how many timers it cancelled. */
    public int stop(Handle h, IncidentId id) {
        return timers.cancel(h, id, RESPONSE_TARGET, ESCALATION);
    }

    public TimerService timers() {
        return timers;
    }
}
