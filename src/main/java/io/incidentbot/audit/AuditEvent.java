package io.incidentbot.audit;

import java.time.Instant;

/** One entry of an incident's timeline: who did what, when, and what it changed. */
public record AuditEvent(int seq, Instant at, String actor, String action, String before, String after) {
    /** The actor recorded for what the bot does on its own. */
    public static final String BOT = "bot";
}
