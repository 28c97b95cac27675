package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.role.Actor;
import io.incidentbot.schedule.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Investigating → identified → monitoring → resolved, and reopening. Moving between open states is
 * open to anyone on the incident; resolving and reopening only to the owner, comms owner or an admin.
 * Resolving answers the acceptance checks, stops the response clock and schedules the post-incident
 * review reminder; reopening cancels that reminder and starts the response clock again.
 */
public final class LifecycleService {
    public static final String REVIEW_REMINDER = "review-reminder";

    private final GuardedChanges changes;
    private final ResponseTimers responseTimers;
    private final LifecycleSettings settings;
    private final List<ResolveCheck> checks;

    public LifecycleService(GuardedChanges changes, ResponseTimers responseTimers, LifecycleSettings settings,
                            List<ResolveCheck> checks) {
        this.changes = changes;
        this.responseTimers = responseTimers;
        this.settings = settings;
        this.checks = List.copyOf(checks);
    }

    /** What every registered resolve check still reports for the incident. */
    public List<String> outstanding(IncidentId id) {
        List<String> outstanding = new ArrayList<>();
        checks.forEach(check -> outstanding.addAll(check.outstanding(id)));
        return outstanding;
    }

    /**
     * Moves an incident to an open state. From resolved this is reopening (restricted); between open
     * states anyone may, and leaving "investigating" counts as the response the target asks for.
     */
    public Change moveTo(IncidentId id, Status target, Actor actor, int expectedVersion) {
        if (target == Status.RESOLVED) {
            throw new IllegalArgumentException("resolving needs the acceptance checks: use resolve()");
        }
        return changes.change(id, actor, expectedVersion,
                view -> view.incident().status() == target,
                view -> view.incident().status() == Status.RESOLVED,
                (h, current, now) -> {
                    Incident incident = current.incident();
                    h.attach(IncidentDao.class).setStatus(id.teamId(), id.number(), target.key());
                    if (incident.status() == Status.RESOLVED) {
                        responseTimers.timers().cancel(h, id, REVIEW_REMINDER);
                        responseTimers.start(h, id, incident.severity(), now);
                        GuardedChanges.audit(h, id, now, actor, "reopened", settings.label(Status.RESOLVED),
                                settings.label(target));
                    } else {
                        responseTimers.stop(h, id);
                        GuardedChanges.audit(h, id, now, actor, "status", settings.label(incident.status()),
                                settings.label(target));
                    }
                });
    }

    /** Resolves with the acceptance checks answered; refused (blocked) while checks report work and no reason is given. */
    public Change resolve(IncidentId id, Resolution answers, Actor actor, int expectedVersion) {
        List<String> outstanding = outstanding(id);
        if (!ResolutionRules.problems(answers, outstanding).keySet().stream()
                .allMatch(field -> field == ResolutionField.OVERRIDE_REASON)) {
            throw new IllegalArgumentException("unanswered acceptance checks: " + ResolutionRules.problems(answers, outstanding));
        }
        return changes.change(id, actor, expectedVersion,
                view -> view.incident().status() == Status.RESOLVED,
                view -> true,
                seen -> outstanding.isEmpty() || answers.overrideReason().isPresent()
                        ? Optional.empty() : Optional.of(new Change.Blocked(seen, outstanding)),
                (h, current, now) -> {
                    h.attach(IncidentDao.class).setStatus(id.teamId(), id.number(), Status.RESOLVED.key());
                    h.attach(ResolutionDao.class).save(id.teamId(), id.number(), answers.impact(), answers.rootCause(),
                            answers.owner(), answers.remediation(), answers.prevention(),
                            outstanding.isEmpty() ? null : String.join("\n", outstanding),
                            answers.overrideReason().orElse(null), actor.userId(), now.toEpochMilli());
                    responseTimers.resolved(h, id, now);
                    responseTimers.timers().cancel(h, id, REVIEW_REMINDER);
                    responseTimers.timers().schedule(h, id, REVIEW_REMINDER, "", now.plus(settings.reviewAfter()));
                    GuardedChanges.audit(h, id, now, actor, "resolved", settings.label(current.incident().status()),
                            answers.summary());
                    if (!outstanding.isEmpty()) {
                        GuardedChanges.audit(h, id, now, actor, "resolved with work outstanding",
                                String.join("\n", outstanding), answers.overrideReason().orElseThrow());
                    }
                });
    }

    /** A review reminder fell due: the incident, if it is still resolved (the reminder is then recorded). */
    public Optional<IncidentView> reviewDue(Timer timer) {
        return changes.recordIfStill(timer.incident(), view -> view.incident().status() == Status.RESOLVED,
                "review reminder sent", null, "post-incident review due");
    }
}
