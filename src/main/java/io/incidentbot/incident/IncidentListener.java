package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Told about lifecycle moments inside the transaction that makes them, so what it schedules or
 * cancels commits (or rolls back) with the change itself.
 */
public interface IncidentListener {
    /** The incident was just opened with this severity: nothing of it is scheduled yet. */
    default void opened(Handle h, IncidentId id, String severity, Instant now) {
        severitySet(h, id, severity, now);
    }

    /** A severity was set: a changed triage, reopening. */
    default void severitySet(Handle h, IncidentId id, String severity, Instant now) {
    }

    /** The incident was resolved. */
    default void resolved(Handle h, IncidentId id, Instant now) {
    }
}
