package io.incidentbot.schedule;

import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.db.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Timers stored in the database, so they survive restarts. Features schedule and cancel them inside
 * the transaction of the change that makes them due or obsolete; a poller claims due ones.
 */
public final class TimerService {
    private final Database db;
    private final Clock clock;

    public TimerService(Database db, Clock clock) {
        this.db = db.prepare(TimerDao.class);
        this.clock = clock;
    }

    /** Schedules a timer as part of the transaction on {@code h}. */
    public void schedule(Handle h, IncidentId id, String kind, String payload, Instant dueAt) {
        // JDBC: timers are scheduled inside the ack of the open form (see Jdbc)
        Jdbc.update(h, "INSERT INTO timer (team_id, number, kind, payload, due_at, scheduled_at) VALUES (?, ?, ?, ?, ?, ?)",
                id.teamId(), id.number(), kind, payload == null ? "" : payload, dueAt.toEpochMilli(),
                clock.instant().toEpochMilli());
    }

    /** Cancels the incident's pending timers of these kinds, as part of the transaction on {@code h}; returns how many. */
    public int cancel(Handle h, IncidentId id, String... kinds) {
        return h.attach(TimerDao.class).cancel(id.teamId(), id.number(), List.of(kinds), clock.instant().toEpochMilli());
    }

    /**
     * Claims up to {@code limit} timers of these kinds that are due now. A claimed timer is this
     * caller's to run: no other caller, in this process or another on the same database, gets it
     * too. Kinds the caller cannot run stay pending for one that can.
     */
    public List<Timer> claimDue(Collection<String> kinds, int limit) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        long now = clock.instant().toEpochMilli();
        List<String> wanted = List.copyOf(kinds);
        if (!db.read(h -> h.attach(TimerDao.class).anyDue(now, wanted))) {
            return List.of(); // the common case costs a read, not a write
        }
        return db.write(h -> h.attach(TimerDao.class).claimDue(now, wanted, limit)).stream()
                .sorted(Comparator.comparing(Timer::dueAt).thenComparing(Timer::id)).toList();
    }

    /** The incident's timers that have neither fired nor been cancelled, soonest first. */
    public List<Timer> pending(IncidentId id) {
        return db.read(h -> h.attach(TimerDao.class).pending(id.teamId(), id.number()));
    }

    public List<Timer> pending(Handle h, IncidentId id) {
        return h.attach(TimerDao.class).pending(id.teamId(), id.number());
    }
}
