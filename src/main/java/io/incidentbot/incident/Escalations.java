package io.incidentbot.incident;

import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.role.Actor;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.schedule.Timer;
import io.incidentbot.severity.EscalationMatrix;
import io.incidentbot.severity.EscalationStep;
import io.incidentbot.severity.Recipients;
import io.incidentbot.severity.Severity;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Response targets and what happens when one is missed: acknowledging stops the clock; a missed
 * target reminds the owner and starts the severity's escalation route, one step per timer.
 */
public final class Escalations {
    /** A response target ran out. */
    public record Missed(IncidentView incident, Severity severity) {
    }

    /** A step of the escalation route is due: notify these. */
    public record Escalation(IncidentView incident, Severity severity, int step, Recipients recipients) {
    }

    private final Database db;
    private final GuardedChanges changes;
    private final ResponseTimers responseTimers;
    private final EscalationMatrix matrix;

    public Escalations(Database db, GuardedChanges changes, ResponseTimers responseTimers, EscalationMatrix matrix) {
        this.db = db;
        this.changes = changes;
        this.responseTimers = responseTimers;
        this.matrix = matrix;
    }

    /** Someone in charge says they are responding: the response clock and any escalation stop. */
    public Change acknowledge(IncidentId id, Actor actor) {
        IncidentView seen = changes.view(id);
        if (!awaitingResponse(id)) {
            return new Change.AlreadyDone(seen);
        }
        if (!changes.authority().mayChange(seen, actor)) {
            return new Change.Denied(seen);
        }
        Instant now = changes.clock().instant();
        return db.write(h -> {
            IncidentView current = GuardedChanges.view(h, id);
            if (responseTimers.stop(h, id) == 0) {
                return new Change.AlreadyDone(current);
            }
            GuardedChanges.audit(h, id, now, actor, "acknowledged", null, current.incident().severity());
            return new Change.Done(current, current);
        });
    }

    /** When the pending response target runs out, if one is pending. */
    public Optional<Instant> respondBy(IncidentId id) {
        return responseTimers.timers().pending(id).stream()
                .filter(t -> t.kind().equals(ResponseTimers.RESPONSE_TARGET)).map(Timer::dueAt).findFirst();
    }

    /** A response target is pending or being escalated. */
    public boolean awaitingResponse(IncidentId id) {
        return responseTimers.timers().pending(id).stream().anyMatch(t -> t.kind().equals(ResponseTimers.RESPONSE_TARGET)
                || t.kind().equals(ResponseTimers.ESCALATION));
    }

    /** The response-target timer fired: records the miss and schedules the first escalation step. */
    public Optional<Missed> responseMissed(Timer timer) {
        IncidentId id = timer.incident();
        return db.write(h -> {
            IncidentView current = GuardedChanges.view(h, id);
            Optional<Severity> severity = stillAt(current, timer.payload());
            severity.ifPresent(level -> {
                level.step(0).ifPresent(step -> responseTimers.timers().schedule(h, id, ResponseTimers.ESCALATION,
                        level.id() + ":0", timer.dueAt().plus(step.after())));
                GuardedChanges.audit(h, id, changes.clock().instant(), Actor.bot(), "response target missed", null,
                        level.id() + ": " + level.responseTarget());
            });
            return severity.map(level -> new Missed(current, level));
        });
    }

    /** An escalation timer fired: whom to notify, recorded, and the next step scheduled. */
    public Optional<Escalation> escalate(Timer timer) {
        IncidentId id = timer.incident();
        int colon = timer.payload().lastIndexOf(':');
        String level = colon < 0 ? timer.payload() : timer.payload().substring(0, colon);
        int step = colon < 0 ? 0 : Integer.parseInt(timer.payload().substring(colon + 1));
        return db.write(h -> {
            IncidentView current = GuardedChanges.view(h, id);
            Optional<Severity> severity = stillAt(current, level);
            Optional<EscalationStep> due = severity.flatMap(s -> s.step(step));
            if (due.isEmpty()) {
                return Optional.<Escalation>empty();
            }
            Severity s = severity.get();
            Recipients recipients = matrix.recipients(due.get(), holders(current));
            s.step(step + 1).ifPresent(next -> responseTimers.timers().schedule(h, id, ResponseTimers.ESCALATION,
                    s.id() + ":" + (step + 1), timer.dueAt().plus(next.after())));
            GuardedChanges.audit(h, id, changes.clock().instant(), Actor.bot(), "escalated", null,
                    recipients.isEmpty() ? "nobody to notify" : String.join(", ", recipients.all()));
            return Optional.of(new Escalation(current, s, step, recipients));
        });
    }

    /** Role id → the user holding it. */
    public static Map<String, String> holders(IncidentView view) {
        return view.roles().stream().collect(Collectors.toMap(RoleAssignment::role, RoleAssignment::userId));
    }

    private Optional<Severity> stillAt(IncidentView view, String severity) {
        if (!view.incident().isOpen() || !view.incident().severity().equalsIgnoreCase(severity)) {
            return Optional.empty(); // resolved or re-triaged since; their paths cancel timers, this is the race
        }
        return matrix.severity(severity);
    }
}
