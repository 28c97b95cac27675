package io.incidentbot.incident;

import java.util.List;

/** What became of a requested change to an incident. */
public sealed interface Change {

    /** The incident it is about, as it is now. */
    IncidentView current();

    /** Changed, in one transaction with its audit event. */
    record Done(IncidentView before, IncidentView after) implements Change {
        @Override
        public IncidentView current() {
            return after;
        }
    }

    /** It already was as intended (a double click, or someone did the same a moment earlier). */
    record AlreadyDone(IncidentView current) implements Change {
    }

    /** It changed since the request was drawn up (a version check): nothing was done. */
    record Stale(IncidentView current) implements Change {
    }

    /** Only the owner, the comms owner or an admin may do this: nothing was done. */
    record Denied(IncidentView current) implements Change {
    }

    /** Resolve checks report outstanding work and no reason to go ahead anyway was given. */
    record Blocked(IncidentView current, List<String> outstanding) implements Change {
        public Blocked {
            outstanding = List.copyOf(outstanding);
        }
    }
}
