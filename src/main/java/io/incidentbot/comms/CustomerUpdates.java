package io.incidentbot.comms;

import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.evidence.Evidence;
import io.incidentbot.evidence.EvidenceField;
import io.incidentbot.evidence.EvidenceService;
import io.incidentbot.incident.GuardedChanges;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.IncidentView;
import io.incidentbot.incident.Status;
import io.incidentbot.redaction.RedactedText;
import io.incidentbot.redaction.Redactor;
import io.incidentbot.role.Actor;
import io.incidentbot.role.Authority;
import io.incidentbot.schedule.Timer;
import io.incidentbot.config.AppConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Customer updates: drafts composed from the incident through a template and the redactor, edited
 * (redacted again), skipped with a reason, or published. Publishing is written down before it is
 * sent and restarts the schedule from the publish time. Only the owner, the comms owner and the
 * admins may publish or skip, and what is published is always a {@link RedactedText}.
 */
public final class CustomerUpdates {
    /** Evidence fields that may be shared with customers (after redaction). */
    public static final List<EvidenceField> SHAREABLE = List.of(EvidenceField.AFFECTED_SCREEN,
            EvidenceField.PLUGIN_VERSION, EvidenceField.WORDPRESS_VERSION, EvidenceField.WOOCOMMERCE_VERSION,
            EvidenceField.PHP_VERSION, EvidenceField.PROVIDER_STATUS, EvidenceField.HOSTING_STATUS);
    /** A claim on posting or sending older than this belongs to a process that died. */
    public static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** What became of a publish or skip request. */
    public sealed interface Outcome {
    }

    /** Not theirs to do. */
    public record Denied(IncidentView view) implements Outcome {
    }

    /** No customer-facing channel is configured, globally or for the incident. */
    public record NoChannel(IncidentView view) implements Outcome {
    }

    /** Already published, being sent or skipped: nothing done. */
    public record Closed(CustomerUpdate update) implements Outcome {
    }

    /** A final ("resolved") draft of an incident reopened since: publishing it would mislead. */
    public record Outdated(CustomerUpdate update, IncidentView view) implements Outcome {
    }

    /** Skipped; the next update is due then (if the severity has a cadence). */
    public record Skipped(CustomerUpdate update, Optional<Instant> next) implements Outcome {
    }

    /** Written down as sending: send {@code text} to {@code channel}. */
    public record Sending(CustomerUpdate update, String channel, RedactedText text) implements Outcome {
    }

    /** An overdue promise: remind this person. */
    public record Reminder(IncidentView view, int step, Optional<String> who, Instant promised) {
    }

    private final Database db;
    private final Clock clock;
    private final AppConfig config;
    private final IncidentService incidents;
    private final EvidenceService evidence;
    private final Redactor redactor;
    private final Authority authority;
    private final UpdateSchedule schedule;

    public CustomerUpdates(Database db, Clock clock, AppConfig config, IncidentService incidents,
                           EvidenceService evidence, Redactor redactor, Authority authority, UpdateSchedule schedule) {
        this.db = db.prepare(CustomerUpdateDao.class);
        this.clock = clock;
        this.config = config;
        this.incidents = incidents;
        this.evidence = evidence;
        this.redactor = redactor;
        this.authority = authority;
        this.schedule = schedule;
    }

    public CommsSettings settings() {
        return config.comms();
    }

    public Optional<CustomerUpdate> find(IncidentId id, int seq) {
        return db.read(h -> h.attach(CustomerUpdateDao.class).find(id.teamId(), id.number(), seq));
    }

    public List<CustomerUpdate> all(IncidentId id) {
        return db.read(h -> h.attach(CustomerUpdateDao.class).forIncident(id.teamId(), id.number()));
    }

    /** Where this incident's updates go: its own channel if one was set, else the configured one. */
    public Optional<String> channel(IncidentId id) {
        return db.read(h -> h.attach(CustomerUpdateDao.class).channel(id.teamId(), id.number()))
                .or(() -> config.comms().customerChannel());
    }

    /** When the next scheduled update falls due, if one is scheduled. */
    public Optional<Instant> nextDue(IncidentId id) {
        return schedule.timers().pending(id).stream().filter(t -> t.kind().equals(UpdateSchedule.DUE))
                .map(Timer::dueAt).findFirst();
    }

    /** Sets the incident's customer-facing channel; false when {@code actor} may not. */
    public boolean setChannel(IncidentView view, String channel, Actor actor) {
        if (!authority.mayChange(view, actor)) {
            return false;
        }
        IncidentId id = view.incident().id();
        Instant now = clock.instant();
        db.writing(h -> {
            Optional<String> before = h.attach(CustomerUpdateDao.class).channel(id.teamId(), id.number());
            h.attach(CustomerUpdateDao.class).setChannel(id.teamId(), id.number(), channel, actor.userId(),
                    now.toEpochMilli());
            GuardedChanges.audit(h, id, now, actor, "customer channel", before.orElse(null), channel);
        });
        return true;
    }

    /**
     * A due timer fired: the draft to post, if the incident still calls for one. A scheduled draft
     * (not the final one) also arms the overdue reminders for the promise it answers.
     */
    public Optional<CustomerUpdate> due(Timer timer) {
        IncidentId id = timer.incident();
        IncidentView view = incidents.view(id).orElse(null);
        if (view == null) {
            return Optional.empty();
        }
        boolean last = UpdateSchedule.RESOLVED.equals(timer.payload());
        Incident incident = view.incident();
        if (last ? incident.isOpen() : !incident.isOpen() || !incident.severity().equalsIgnoreCase(timer.payload())) {
            return Optional.empty(); // resolved, reopened or re-triaged since: their paths rescheduled
        }
        RedactedText text = compose(view);
        return Optional.of(db.write(h -> {
            CustomerUpdate draft = insert(h, view, text, last, Actor.bot());
            if (!last) {
                schedule.remindLater(h, id, timer.dueAt(), 1);
            }
            return draft;
        }));
    }

    /** {@code /incident update}: a draft now, for the incident's current status. */
    public CustomerUpdate draftNow(IncidentView view, Actor actor) {
        RedactedText text = compose(view);
        return db.write(h -> insert(h, view, text, !view.incident().isOpen(), actor));
    }

    private CustomerUpdate insert(Handle h, IncidentView view, RedactedText text, boolean last, Actor actor) {
        IncidentId id = view.incident().id();
        CustomerUpdateDao dao = h.attach(CustomerUpdateDao.class);
        int seq = dao.nextSeq(id.teamId(), id.number());
        Instant now = clock.instant();
        dao.insert(id.teamId(), id.number(), seq, view.incident().status().key(), text.text(), text.removed(), last,
                now.toEpochMilli());
        GuardedChanges.audit(h, id, now, actor, "customer update drafted", null,
                "#" + seq + (last ? " (final)" : "") + " (" + text.removed() + ")");
        return dao.find(id.teamId(), id.number(), seq).orElseThrow();
    }

    /** The draft's message was posted there. */
    public void drafted(CustomerUpdate update, String channel, String ts) {
        IncidentId id = update.incident();
        db.writing(h -> h.attach(CustomerUpdateDao.class).drafted(id.teamId(), id.number(), update.seq(), channel, ts));
    }

    /** Someone edited the draft: the new text is redacted before it is stored or shown. */
    public Optional<CustomerUpdate> edit(CustomerUpdate update, String newText, Actor actor) {
        IncidentId id = update.incident();
        RedactedText text = redactor.safe(newText);
        Instant now = clock.instant();
        return db.write(h -> {
            CustomerUpdateDao dao = h.attach(CustomerUpdateDao.class);
            if (dao.edit(id.teamId(), id.number(), update.seq(), text.text(), text.removed(), actor.userId()) != 1) {
                return Optional.<CustomerUpdate>empty();
            }
            GuardedChanges.audit(h, id, now, actor, "customer update edited", null,
                    "#" + update.seq() + " (" + text.removed() + ")");
            return dao.find(id.teamId(), id.number(), update.seq());
        });
    }

    public Outcome skip(CustomerUpdate update, String reason, Actor actor) {
        IncidentId id = update.incident();
        IncidentView view = incidents.view(id).orElseThrow();
        if (!authority.mayChange(view, actor)) {
            return new Denied(view);
        }
        Instant now = clock.instant();
        String why = redactor.safe(reason).text();
        return db.write(h -> {
            CustomerUpdateDao dao = h.attach(CustomerUpdateDao.class);
            if (dao.skip(id.teamId(), id.number(), update.seq(), why, actor.userId(), now.toEpochMilli()) != 1) {
                return new Closed(dao.find(id.teamId(), id.number(), update.seq()).orElseThrow());
            }
            Optional<Instant> next = update.isFinal() || !view.incident().isOpen() ? Optional.empty()
                    : schedule.restart(h, id, view.incident().severity(), now);
            GuardedChanges.audit(h, id, now, actor, "customer update skipped", null, "#" + update.seq() + ": " + why);
            return new Skipped(dao.find(id.teamId(), id.number(), update.seq()).orElseThrow(), next);
        });
    }

    /**
     * Publishing, up to the send: checks who asks and where it goes, fills in the next update time
     * (from now: the schedule restarts here), redacts the whole text again, and writes it down as
     * sending, in one transaction with the new schedule and the audit event.
     */
    public Outcome publish(CustomerUpdate update, Actor actor) {
        IncidentId id = update.incident();
        IncidentView view = incidents.view(id).orElseThrow();
        if (!authority.mayChange(view, actor)) {
            return new Denied(view);
        }
        if (update.isFinal() && view.incident().isOpen()) {
            return new Outdated(update, view);
        }
        Optional<String> channel = channel(id);
        if (channel.isEmpty()) {
            return new NoChannel(view);
        }
        Instant now = clock.instant();
        boolean last = !view.incident().isOpen();
        Optional<Instant> next = last ? Optional.empty() : schedule.cadence(view.incident().severity()).map(now::plus);
        String promise = next.map(TIME::format).orElse(last ? "none planned: this incident is resolved"
                : "when there is news (no regular updates at " + view.incident().severity() + ")");
        String filled = update.text().contains(Templates.NEXT_UPDATE_MARK)
                ? update.text().replace(Templates.NEXT_UPDATE_MARK, promise)
                : update.text() + "\n*Next update:* " + promise;
        RedactedText text = redactor.safe(filled);
        return db.write(h -> {
            CustomerUpdateDao dao = h.attach(CustomerUpdateDao.class);
            if (dao.beginSend(id.teamId(), id.number(), update.seq(), actor.userId(), now.toEpochMilli(),
                    channel.get(), text.text(), next.map(Instant::toEpochMilli).orElse(null)) != 1) {
                return new Closed(dao.find(id.teamId(), id.number(), update.seq()).orElseThrow());
            }
            if (last) {
                schedule.stop(h, id);
            } else {
                schedule.restart(h, id, view.incident().severity(), now);
            }
            GuardedChanges.audit(h, id, now, actor, "customer update publishing", null,
                    "#" + update.seq() + " to " + channel.get());
            return new Sending(dao.find(id.teamId(), id.number(), update.seq()).orElseThrow(), channel.get(), text);
        });
    }

    /** An attempt to send failed and will be retried. */
    public void retrying(CustomerUpdate update, int attempts, String error) {
        IncidentId id = update.incident();
        db.writing(h -> h.attach(CustomerUpdateDao.class).attempted(id.teamId(), id.number(), update.seq(), attempts, error));
    }

    /** Slack took it: published, on the timeline. */
    public Optional<CustomerUpdate> sent(CustomerUpdate update, String ts, Actor actor) {
        return finish(update, CustomerUpdate.State.PUBLISHED, ts, null, actor, "customer update published",
                "#" + update.seq() + " in " + update.targetChannel().orElse("?")
                        + update.nextUpdateAt().map(at -> ", next by " + TIME.format(at)).orElse(""));
    }

    /** Slack kept refusing: failed; it can be published again. */
    public Optional<CustomerUpdate> failed(CustomerUpdate update, String error, Actor actor) {
        return finish(update, CustomerUpdate.State.FAILED, null, error, actor, "customer update failed",
                "#" + update.seq() + ": " + error);
    }

    private Optional<CustomerUpdate> finish(CustomerUpdate update, CustomerUpdate.State state, String ts, String error,
                                            Actor actor, String action, String after) {
        IncidentId id = update.incident();
        Instant now = clock.instant();
        return db.write(h -> {
            CustomerUpdateDao dao = h.attach(CustomerUpdateDao.class);
            if (dao.finish(id.teamId(), id.number(), update.seq(), state.key(), ts, error) != 1) {
                return Optional.<CustomerUpdate>empty();
            }
            GuardedChanges.audit(h, id, now, actor, action, null, after);
            return dao.find(id.teamId(), id.number(), update.seq());
        });
    }

    /** Sends a stopped process left half done, each claimed for this one; the text re-redacted. */
    public List<Sending> resumeSends() {
        Instant now = clock.instant();
        List<CustomerUpdate> claimed = db.write(h -> h.attach(CustomerUpdateDao.class)
                .claimStaleSends(now.toEpochMilli(), now.minus(STALE_CLAIM).toEpochMilli()));
        List<Sending> sends = new ArrayList<>();
        for (CustomerUpdate update : claimed) {
            sends.add(new Sending(update, update.targetChannel().orElseThrow(),
                    redactor.safe(update.publishedText().orElseThrow())));
        }
        return sends;
    }

    /** Drafts a stopped process stored but never posted, each claimed for this one. */
    public List<CustomerUpdate> resumeDrafts() {
        Instant now = clock.instant();
        return db.write(h -> h.attach(CustomerUpdateDao.class)
                .claimUnposted(now.toEpochMilli(), now.minus(STALE_CLAIM).toEpochMilli()));
    }

    /** An overdue timer fired: whom to remind, recorded; step 1 arms step 2. */
    public Optional<Reminder> overdue(Timer timer) {
        IncidentId id = timer.incident();
        int step = Integer.parseInt(timer.payload());
        Instant promised = timer.dueAt().minus(config.comms().remindAfter().multipliedBy(step));
        Instant now = clock.instant();
        return db.write(h -> {
            Optional<Incident> incident = h.attach(io.incidentbot.incident.IncidentDao.class).find(id.teamId(), id.number());
            if (incident.isEmpty() || !incident.get().isOpen()) {
                return Optional.<Reminder>empty();
            }
            IncidentView view = GuardedChanges.view(h, id);
            String role = step == 1 ? io.incidentbot.role.RoleAssignment.COMMS_OWNER : io.incidentbot.role.RoleAssignment.OWNER;
            Optional<String> who = view.holder(role);
            if (step == 1) {
                schedule.remindLater(h, id, promised, 2);
            }
            GuardedChanges.audit(h, id, now, Actor.bot(), "customer update overdue", null,
                    "promised " + TIME.format(promised) + "; reminded " + who.orElse("nobody (" + role + " unassigned)"));
            return Optional.of(new Reminder(view, step, who, promised));
        });
    }

    /** The draft text: the template for the incident's severity and status, filled in and redacted. */
    public RedactedText compose(IncidentView view) {
        Incident incident = view.incident();
        Map<String, String> values = new HashMap<>();
        values.put("incident", incident.id().display(config.incident().idPrefix()));
        values.put("title", incident.title());
        values.put("severity", config.severities().find(incident.severity()).map(s -> s.title()).orElse(incident.severity()));
        values.put("status", config.statusLabel(incident.status()));
        Optional<CustomerUpdateDao.ResolutionTexts> resolution = incident.isOpen() ? Optional.empty()
                : db.read(h -> h.attach(CustomerUpdateDao.class).resolution(incident.id().teamId(), incident.id().number()));
        String area = config.area(incident.area()).map(io.incidentbot.incident.Area::label).orElse(incident.area());
        values.put("impact", resolution.map(CustomerUpdateDao.ResolutionTexts::impact).filter(t -> !t.isBlank())
                .orElse(incident.description() != null && !incident.description().isBlank() ? incident.description()
                        : (incident.customerVisible() ? "Customers may see problems with " : "Problems with ")
                        + area + "."));
        values.put("workaround", "None confirmed yet; we will share one as soon as we have it.");
        values.put("resolution", resolution.map(CustomerUpdateDao.ResolutionTexts::remediation)
                .filter(t -> !t.isBlank()).orElse("Not recorded yet."));
        values.put("owner", config.comms().ownerLabel());
        values.put("evidence", shareable(evidence.evidence(incident.id())));
        String template = config.comms().template(incident.severity(), incident.status());
        return redactor.safe(Templates.fill(template, values));
    }

    private static String shareable(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        for (EvidenceField field : SHAREABLE) {
            evidence.get(field).filter(v -> !v.isBlank()).ifPresent(v -> parts.add(field.noun() + ": " + v.strip()));
        }
        return parts.isEmpty() ? "nothing further yet." : String.join("; ", parts) + ".";
    }
}
