package io.incidentbot.slack.lifecycle;

import io.incidentbot.incident.Status;

/** Ids of the lifecycle buttons on the card, declared once for the builder and the registration. */
final class LifecycleIds {
    static final String BLOCK = "status-actions";
    /** Buttons that move an open incident to another open state: {@code status-to-identified}. */
    static final String MOVE_PREFIX = "status-to-";
    static final String RESOLVE = "status-resolve";
    static final String REOPEN = "status-reopen";

    private LifecycleIds() {
    }

    static String move(Status status) {
        return MOVE_PREFIX + status.key();
    }
}
