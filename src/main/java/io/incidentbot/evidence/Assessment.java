package io.incidentbot.evidence;

/**
 * What the evidence says about an incident right now: how complete it is at the incident's
 * severity, where to escalate, and which role owns that route.
 */
public record Assessment(Evidence evidence, Completeness completeness, Recommendation recommendation,
                         String routeOwnerRole) {
}
