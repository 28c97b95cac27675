package io.incidentbot.slack.evidence;

/** Ids of the evidence feature's card buttons and modal metadata, declared once. */
final class EvidenceIds {
    /** Card button: opens the evidence modal. Its value is the incident number. */
    static final String ADD_EVIDENCE = "evidence-add";
    /** Card button: posts the escalation route. */
    static final String ESCALATE = "evidence-escalate";
    /** Card button: opens the rollback record modal. */
    static final String ROLLBACK = "rollback-open";
    /** private_metadata key of the incident number. */
    static final String INCIDENT = "incident";

    private EvidenceIds() {
    }
}
