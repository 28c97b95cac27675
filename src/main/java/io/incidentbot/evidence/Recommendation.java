package io.incidentbot.evidence;

/** The route the evidence points to, and why, in one short sentence. */
public record Recommendation(EscalationRoute route, String reason) {
}
