package io.incidentbot.incident;

import io.incidentbot.audit.AuditDao;
import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.role.Actor;
import io.incidentbot.role.Authority;
import io.incidentbot.role.RoleAssignment;
import io.incidentbot.role.RoleDao;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * The shape every change to an incident takes: already as intended → nothing to do; changed since
 * the request was drawn up (its version) → refused as stale; not allowed → refused; otherwise the
 * change, its audit event and a version bump in one write transaction, re-checked inside it so two
 * requests racing on the same version cannot both win.
 */
public final class GuardedChanges {
    /** The change itself: runs inside the transaction, with the incident as it is there. */
    @FunctionalInterface
    public interface Apply {
        void apply(Handle h, IncidentView current, Instant now);
    }

    private final Database db;
    private final Clock clock;
    private final Authority authority;

    public GuardedChanges(Database db, Clock clock, Authority authority) {
        this.db = db.prepare(IncidentDao.class, AuditDao.class, RoleDao.class);
        this.clock = clock;
        this.authority = authority;
    }

    public Authority authority() {
        return authority;
    }

    public Clock clock() {
        return clock;
    }

    public Change change(IncidentId id, Actor actor, int expectedVersion, Predicate<IncidentView> alreadyDone,
                         Predicate<IncidentView> restricted, Apply apply) {
        return change(id, actor, expectedVersion, alreadyDone, restricted, seen -> Optional.empty(), apply);
    }

    /**
     * @param blocked a last refusal before anything is written (e.g. resolve checks); checked after permissions
     */
    public Change change(IncidentId id, Actor actor, int expectedVersion, Predicate<IncidentView> alreadyDone,
                         Predicate<IncidentView> restricted, Function<IncidentView, Optional<Change>> blocked,
                         Apply apply) {
        IncidentView seen = db.read(h -> view(h, id));
        if (alreadyDone.test(seen)) {
            return new Change.AlreadyDone(seen);
        }
        if (seen.incident().version() != expectedVersion) {
            return new Change.Stale(seen); // drawn up against another state: judged against none
        }
        // group membership may ask Slack: decided here, outside the write transaction
        if (restricted.test(seen) && !authority.mayChange(seen, actor)) {
            return new Change.Denied(seen);
        }
        Optional<Change> refused = blocked.apply(seen);
        if (refused.isPresent()) {
            return refused.get();
        }
        Instant now = clock.instant();
        return db.write(h -> {
            IncidentView current = view(h, id);
            if (alreadyDone.test(current)) {
                return new Change.AlreadyDone(current);
            }
            if (current.incident().version() != expectedVersion) {
                return new Change.Stale(current); // same version: same holders, so the permission check stands
            }
            apply.apply(h, current, now);
            if (h.attach(IncidentDao.class).bumpVersion(id.teamId(), id.number(), expectedVersion) != 1) {
                throw new IllegalStateException("version of " + id + " moved inside its own write transaction");
            }
            return new Change.Done(current, view(h, id));
        });
    }

    /**
     * Records something the bot did on its own (a reminder, an escalation) if the incident is still
     * in the state that called for it; returns the incident then.
     */
    public Optional<IncidentView> recordIfStill(IncidentId id, Predicate<IncidentView> still, String action,
                                                String before, String after) {
        Instant now = clock.instant();
        return db.write(h -> {
            IncidentView current = view(h, id);
            if (!still.test(current)) {
                return Optional.<IncidentView>empty();
            }
            audit(h, id, now, Actor.bot(), action, before, after);
            return Optional.of(current);
        });
    }

    public IncidentView view(IncidentId id) {
        return db.read(h -> view(h, id));
    }

    /**
     * The incident with its roles. Outside a transaction these are two reads, so the roles are read
     * first and the version last: every change bumps the version, so when it is the version a request
     * was drawn at, nothing changed between the two reads either.
     */
    public static IncidentView view(Handle h, IncidentId id) {
        List<RoleAssignment> roles = h.attach(RoleDao.class).forIncident(id.teamId(), id.number());
        Incident incident = h.attach(IncidentDao.class).find(id.teamId(), id.number())
                .orElseThrow(() -> new NoSuchElementException("no incident " + id));
        return new IncidentView(incident, roles);
    }

    public static void audit(Handle h, IncidentId id, Instant at, Actor actor, String action, String before, String after) {
        h.attach(AuditDao.class).append(id.teamId(), id.number(), at.toEpochMilli(), actor.userId(), action, before, after);
    }
}
