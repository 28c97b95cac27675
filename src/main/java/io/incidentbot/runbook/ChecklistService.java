package io.incidentbot.runbook;

import io.incidentbot.audit.AuditDao;
import io.incidentbot.audit.AuditEvent;
import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentDao;
import io.incidentbot.runbook.ToggleResult.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Checklists on incidents: attaching a runbook (a snapshot of its items), ticking and unticking.
 * Each change is one transaction with its audit event; a resolved incident's checklists no longer change.
 */
public final class ChecklistService {
    static final String ADDED = "checklist added";
    static final String TICKED = "checklist item ticked";
    static final String UNTICKED = "checklist item unticked";

    private final Database db;
    private final Clock clock;

    public ChecklistService(Database db, Clock clock) {
        this.db = db.prepare(ChecklistDao.class, IncidentDao.class, AuditDao.class);
        this.clock = clock;
    }

    /** Adds {@code runbook}'s checklist to the incident, once. */
    public AttachOutcome attach(IncidentId id, Runbook runbook, String actor) {
        return db.write(h -> {
            Optional<Incident> incident = h.attach(IncidentDao.class).find(id.teamId(), id.number());
            if (incident.isEmpty()) {
                return AttachOutcome.NO_SUCH_INCIDENT;
            }
            if (!incident.get().isOpen()) {
                return AttachOutcome.INCIDENT_RESOLVED;
            }
            return insert(h, id, runbook, actor) ? AttachOutcome.ATTACHED : AttachOutcome.ALREADY_ATTACHED;
        });
    }

    /**
     * Gives an open incident that has no checklist yet the runbooks it starts with. Safe to repeat
     * (a set-up resumed after a restart): an incident with any checklist is left alone.
     */
    public boolean attachDefaults(IncidentId id, List<Runbook> runbooks) {
        if (runbooks.isEmpty()) {
            return false;
        }
        return db.write(h -> {
            Optional<Incident> incident = h.attach(IncidentDao.class).find(id.teamId(), id.number());
            if (incident.isEmpty() || !incident.get().isOpen()
                    || h.attach(ChecklistDao.class).countChecklists(id.teamId(), id.number()) > 0) {
                return false;
            }
            runbooks.forEach(runbook -> insert(h, id, runbook, AuditEvent.BOT));
            return true;
        });
    }

    private boolean insert(Handle h, IncidentId id, Runbook runbook, String actor) {
        Instant now = clock.instant();
        ChecklistDao checklists = h.attach(ChecklistDao.class);
        if (checklists.insertChecklist(id.teamId(), id.number(), runbook.id(), runbook.title(), actor,
                now.toEpochMilli()) == 0) {
            return false;
        }
        int position = 0;
        for (RunbookItem item : runbook.items()) {
            checklists.insertItem(id.teamId(), id.number(), runbook.id(), item.id(), ++position, item.section(),
                    item.text(), item.role().orElse(null), item.required());
        }
        h.attach(AuditDao.class).append(id.teamId(), id.number(), now.toEpochMilli(), actor, ADDED, null,
                runbook.id() + " · " + runbook.title() + " (" + runbook.items().size() + " items, "
                        + runbook.requiredCount() + " required)");
        return true;
    }

    /**
     * Ticks ({@code done}) or unticks an item. The wanted state, not a flip: a double click, or two
     * people clicking at once, changes it once.
     */
    public ToggleResult toggle(IncidentId id, String runbookId, String itemId, boolean done, String actor) {
        Instant now = clock.instant();
        return db.write(h -> {
            Optional<Incident> incident = h.attach(IncidentDao.class).find(id.teamId(), id.number());
            ChecklistDao checklists = h.attach(ChecklistDao.class);
            Optional<ChecklistItem> before = incident.flatMap(
                    i -> checklists.item(id.teamId(), id.number(), runbookId, itemId));
            if (before.isEmpty()) {
                return ToggleResult.of(Outcome.NO_SUCH_ITEM);
            }
            if (!incident.get().isOpen()) {
                return ToggleResult.of(Outcome.INCIDENT_RESOLVED, before.get());
            }
            int changed = done
                    ? checklists.tick(id.teamId(), id.number(), runbookId, itemId, actor, now.toEpochMilli())
                    : checklists.untick(id.teamId(), id.number(), runbookId, itemId);
            ChecklistItem after = checklists.item(id.teamId(), id.number(), runbookId, itemId).orElseThrow();
            if (changed == 0) {
                return ToggleResult.of(Outcome.UNCHANGED, after);
            }
            h.attach(AuditDao.class).append(id.teamId(), id.number(), now.toEpochMilli(), actor,
                    done ? TICKED : UNTICKED, state(before.get()), state(after));
            return ToggleResult.of(Outcome.CHANGED, after);
        });
    }

    /** "incident-response/pause-module: done by U123 at 2026-…" or "…: not done". */
    private static String state(ChecklistItem item) {
        return item.ref() + ": " + item.tick().map(t -> "done by " + t.userId() + " at " + t.at()).orElse("not done");
    }

    /** The incident's checklists in the order they were attached. */
    public List<Checklist> checklists(IncidentId id) {
        return db.read(h -> {
            ChecklistDao dao = h.attach(ChecklistDao.class);
            Map<String, List<ChecklistItem>> items = dao.items(id.teamId(), id.number()).stream()
                    .collect(Collectors.groupingBy(ChecklistItem::runbookId));
            List<Checklist> checklists = new ArrayList<>();
            for (ChecklistDao.Heading heading : dao.checklists(id.teamId(), id.number())) {
                checklists.add(new Checklist(heading.runbook(), heading.title(),
                        items.getOrDefault(heading.runbook(), List.of())));
            }
            return checklists;
        });
    }

    /** Open incidents opened since {@code since} whose card is up: where a cut-off set-up may have left a checklist unposted. */
    public List<IncidentId> openWithCardSince(Instant since) {
        return db.read(h -> h.attach(ChecklistDao.class).openWithCardSince(since.toEpochMilli()));
    }
}
