package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.role.Actor;
import io.incidentbot.severity.TriageAnswers;
import java.util.Optional;

/**
 * Sets an incident's severity from a triage. Only the owner, comms owner or an admin may. A new
 * level restarts the response clock; the answers update customer visibility, and privacy exposure
 * marks the incident privacy-sensitive (for good: what was private stays private).
 */
public final class TriageService {
    private final GuardedChanges changes;
    private final ResponseTimers responseTimers;
    private final Database db;

    public TriageService(GuardedChanges changes, ResponseTimers responseTimers, Database db) {
        this.changes = changes;
        this.responseTimers = responseTimers;
        this.db = db.prepare(TriageDao.class);
    }

    public Change triage(IncidentId id, TriageDecision decision, Actor actor, int expectedVersion) {
        TriageAnswers answers = decision.answers();
        return changes.change(id, actor, expectedVersion, view -> false, view -> true, (h, current, now) -> {
            Incident incident = current.incident();
            boolean privacy = incident.privacySensitive() || answers.privacyExposure();
            h.attach(IncidentDao.class).setSeverity(id.teamId(), id.number(), decision.level(),
                    answers.customerVisible(), privacy);
            h.attach(TriageDao.class).save(id.teamId(), id.number(), answers.productionImpact().key(),
                    answers.customerVisible(), answers.revenueRisk(), answers.privacyExposure(), answers.dataIncorrect(),
                    answers.automationPausable(), decision.suggestion().level(), decision.suggestion().because(),
                    decision.level(), decision.overrideReason().orElse(null), actor.userId(), now.toEpochMilli());
            boolean changed = !incident.severity().equals(decision.level());
            if (changed) {
                responseTimers.start(h, id, decision.level(), now);
            }
            GuardedChanges.audit(h, id, now, actor, changed ? "severity" : "severity confirmed", incident.severity(),
                    decision.level() + " (suggested " + decision.suggestion().explanation() + ")");
            if (decision.isOverride()) {
                GuardedChanges.audit(h, id, now, actor, "overrode the suggested severity",
                        decision.suggestion().level(), decision.level() + ": " + decision.overrideReason().orElseThrow());
            }
            if (privacy && !incident.privacySensitive()) {
                GuardedChanges.audit(h, id, now, actor, "privacy-sensitive", "no", "yes");
            }
        });
    }

    /** The last triage of an incident, if it had one. */
    public Optional<TriageDao.Latest> latest(IncidentId id) {
        return db.read(h -> h.attach(TriageDao.class).latest(id.teamId(), id.number()));
    }
}
