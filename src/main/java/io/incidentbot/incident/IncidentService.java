package io.incidentbot.incident;

import io.incidentbot.audit.AuditDao;
import io.incidentbot.audit.AuditEvent;
import io.incidentbot.common.IncidentId;
import io.incidentbot.common.MessageRef;
import io.incidentbot.db.Database;
import io.incidentbot.db.Jdbc;
import io.incidentbot.role.RoleDao;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;


/** Opening incidents and keeping track of where they live. Each change is one transaction with its audit event. */
public final class IncidentService {
    /** How many open incidents a listing shows at most. */
    public static final int LIST_LIMIT = 50;

    private final Database db;
    private final Clock clock;
    private final Optional<ResponseTimers> responseTimers;

    /** Without response targets: opening starts no clock (tools and tests that only store incidents). */
    public IncidentService(Database db, Clock clock) {
        this(db, clock, Optional.empty());
    }

    /** Opening an incident starts its severity's response-target clock in the same transaction. */
    public IncidentService(Database db, Clock clock, ResponseTimers responseTimers) {
        this(db, clock, Optional.of(responseTimers));
    }

    private IncidentService(Database db, Clock clock, Optional<ResponseTimers> responseTimers) {
        this.db = db.prepare(IncidentDao.class, AuditDao.class, RoleDao.class);
        this.clock = clock;
        this.responseTimers = responseTimers;
    }

    /** The team's next number, atomically; JDBC because it runs inside the ack (see {@link Jdbc}). */
    private static final String INSERT_INCIDENT = """
            INSERT INTO incident (team_id, number, title, severity, status, area, customer_visible, privacy_sensitive,
                                  description, noticed_at, opened_by, opened_at, origin_channel)
            SELECT ?1, COALESCE(MAX(number), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12
            FROM incident WHERE team_id = ?13
            RETURNING number""";
    /** {@link AuditDao#append}'s statement, positional. */
    private static final String APPEND_AUDIT = """
            INSERT INTO audit_event (team_id, number, seq, at, actor, action, before, after)
            SELECT ?1, ?2, COALESCE(MAX(seq), 0) + 1, ?3, ?4, ?5, ?6, ?7
            FROM audit_event WHERE team_id = ?8 AND number = ?9""";

    public Incident open(NewIncident form) {
        Instant now = clock.instant();
        String description = form.description() == null ? "" : form.description().strip();
        String title = form.title().strip();
        return db.write(h -> {
            int number = (int) Jdbc.queryLong(h, INSERT_INCIDENT, form.teamId(), title, form.severity(),
                    Status.INVESTIGATING.key(), form.area(), form.customerVisible(), form.privacySensitive(),
                    description, form.noticedAt().map(Instant::toEpochMilli).orElse(null), form.openedBy(),
                    now.toEpochMilli(), form.originChannel(), form.teamId());
            Jdbc.update(h, APPEND_AUDIT, form.teamId(), number, now.toEpochMilli(), form.openedBy(), "opened", null,
                    form.severity() + " · " + form.area() + " · " + title, form.teamId(), number);
            IncidentId id = new IncidentId(form.teamId(), number);
            responseTimers.ifPresent(timers -> timers.startFirst(h, id, form.severity(), now));
            // built from what was just written: one statement less inside the ack
            return new Incident(id, title, form.severity(), Status.INVESTIGATING, form.area(),
                    form.customerVisible(), form.privacySensitive(), description, form.noticedAt()
                    .map(at -> Instant.ofEpochMilli(at.toEpochMilli())), form.openedBy(), Instant.ofEpochMilli(now.toEpochMilli()),
                    form.originChannel(), Optional.empty(), 0);
        });
    }

    /** Records the incident's own channel once Slack has created it. */
    public Incident attachChannel(IncidentId id, String channelId, String channelName) {
        Instant now = clock.instant();
        return db.write(h -> {
            IncidentDao incidents = h.attach(IncidentDao.class);
            if (incidents.setChannel(id.teamId(), id.number(), channelId) != 1) {
                throw new NoSuchElementException("no incident " + id);
            }
            h.attach(AuditDao.class).append(id.teamId(), id.number(), now.toEpochMilli(), AuditEvent.BOT,
                    "channel created", null, "#" + channelName);
            return incidents.find(id.teamId(), id.number()).orElseThrow();
        });
    }

    public void recordMessage(IncidentId id, String kind, MessageRef ref) {
        db.writing(h -> h.attach(IncidentDao.class).saveMessage(id.teamId(), id.number(), kind, ref.channelId(),
                ref.ts()));
    }

    public Optional<MessageRef> message(IncidentId id, String kind) {
        return db.read(h -> h.attach(IncidentDao.class).message(id.teamId(), id.number(), kind));
    }

    public Optional<IncidentView> view(IncidentId id) {
        return db.read(h -> h.attach(IncidentDao.class).find(id.teamId(), id.number())
                .map(incident -> withRoles(h, incident)));
    }

    public Optional<Incident> find(IncidentId id) {
        return db.read(h -> h.attach(IncidentDao.class).find(id.teamId(), id.number()));
    }

    /** The incident whose own channel this is. */
    public Optional<Incident> findByChannel(String teamId, String channelId) {
        return db.read(h -> h.attach(IncidentDao.class).findByChannel(teamId, channelId));
    }

    /** A workspace's incidents that pass {@code filter}, newest first, at most {@link #LIST_LIMIT}. */
    public List<IncidentView> list(String teamId, IncidentFilter filter) {
        return db.read(h -> h.attach(IncidentDao.class).list(teamId, filter.statuses().isEmpty(),
                        filter.statuses().stream().map(Status::key).sorted().toList(), filter.severities().isEmpty(),
                        filter.severities().stream().sorted().toList(), filter.involving().orElse(null), LIST_LIMIT)
                .stream().map(incident -> withRoles(h, incident)).toList());
    }

    /** Incidents opened since {@code since} whose set-up in Slack never finished. */
    public List<Incident> unfinishedSetups(Instant since) {
        return db.read(h -> h.attach(IncidentDao.class).withoutCard(since.toEpochMilli()));
    }

    /** Team ids of every workspace with incidents in this database. */
    public List<String> teams() {
        return db.read(h -> h.attach(IncidentDao.class).teams());
    }

    public List<AuditEvent> timeline(IncidentId id) {
        return db.read(h -> h.attach(AuditDao.class).timeline(id.teamId(), id.number()));
    }

    private static IncidentView withRoles(Handle h, Incident incident) {
        return new IncidentView(incident,
                h.attach(RoleDao.class).forIncident(incident.id().teamId(), incident.id().number()));
    }
}
