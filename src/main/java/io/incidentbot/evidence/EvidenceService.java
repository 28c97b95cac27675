package io.incidentbot.evidence;

import io.incidentbot.audit.AuditDao;
import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentDao;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Evidence and rollback records: stored as entered, one transaction per save with its audit event
 * (before → after of every changed field). Never logs what was entered.
 */
public final class EvidenceService {
    private final Database db;
    private final Clock clock;
    private final EvidenceSettings settings;

    public EvidenceService(Database db, Clock clock, EvidenceSettings settings) {
        this.db = db.prepare(EvidenceDao.class, AuditDao.class, IncidentDao.class);
        this.clock = clock;
        this.settings = settings;
    }

    public EvidenceSettings settings() {
        return settings;
    }

    public Evidence evidence(IncidentId id) {
        return db.read(h -> new Evidence(load(h, id, EvidenceDao.EVIDENCE, EvidenceField.class, EvidenceField::byId)));
    }

    public RollbackRecord rollback(IncidentId id) {
        return db.read(h -> new RollbackRecord(load(h, id, EvidenceDao.ROLLBACK, RollbackField.class, RollbackField::byId)));
    }

    /** Completeness at the incident's severity, the recommended route and the role that owns it. */
    public Assessment assess(Incident incident) {
        return assess(incident, evidence(incident.id()));
    }

    public Assessment assess(Incident incident, Evidence evidence) {
        return settings.assess(incident.severity(), evidence);
    }

    /**
     * Stores the proposed evidence fields (blank removes a value; fields not proposed stay as they
     * are) and audits what changed. Returns the changes; none when nothing differed.
     */
    public List<FieldChange<EvidenceField>> saveEvidence(IncidentId id, String actor, Map<EvidenceField, String> proposed) {
        return save(id, actor, EvidenceDao.EVIDENCE, EvidenceField.class, EvidenceField::byId, proposed,
                "evidence updated");
    }

    public List<FieldChange<RollbackField>> saveRollback(IncidentId id, String actor, Map<RollbackField, String> proposed) {
        return save(id, actor, EvidenceDao.ROLLBACK, RollbackField.class, RollbackField::byId, proposed,
                "rollback record updated");
    }

    /** Records that someone asked for the escalation route (and what the bot told them). */
    public void recordEscalation(IncidentId id, String actor, String summary) {
        db.writing(h -> h.attach(AuditDao.class).append(id.teamId(), id.number(), clock.millis(), actor,
                "escalation recommended", null, summary));
    }

    private <F extends Enum<F> & FormField> List<FieldChange<F>> save(
            IncidentId id, String actor, String record, Class<F> type, Function<String, Optional<F>> byId,
            Map<F, String> proposed, String action) {
        long now = clock.millis();
        return db.write(h -> {
            if (h.attach(IncidentDao.class).find(id.teamId(), id.number()).isEmpty()) {
                throw new NoSuchElementException("no incident " + id);
            }
            List<FieldChange<F>> changes = load(h, id, record, type, byId).changesTo(proposed);
            if (changes.isEmpty()) {
                return changes;
            }
            EvidenceDao dao = h.attach(EvidenceDao.class);
            for (FieldChange<F> change : changes) {
                if (change.after().isPresent()) {
                    dao.put(id.teamId(), id.number(), record, change.field().id(), change.after().get(), actor, now);
                } else {
                    dao.remove(id.teamId(), id.number(), record, change.field().id());
                }
            }
            String fields = changes.stream().map(c -> c.field().noun()).collect(Collectors.joining(", "));
            h.attach(AuditDao.class).append(id.teamId(), id.number(), now, actor, action + " (" + fields + ")",
                    describe(changes, FieldChange::before), describe(changes, FieldChange::after));
            return changes;
        });
    }

    private static <F extends Enum<F> & FormField> FieldValues<F> load(
            Handle h, IncidentId id, String record, Class<F> type, Function<String, Optional<F>> byId) {
        Map<F, String> values = new EnumMap<>(type);
        for (EvidenceDao.StoredValue stored : h.attach(EvidenceDao.class).values(id.teamId(), id.number(), record)) {
            byId.apply(stored.field()).ifPresent(field -> values.put(field, stored.value()));
        }
        return FieldValues.of(type, values);
    }

    /** "PHP version: 8.2.12" per changed field, "(none)" where there was no value. */
    private static <F extends FormField> String describe(List<FieldChange<F>> changes,
                                                         Function<FieldChange<F>, Optional<String>> side) {
        return changes.stream()
                .map(c -> c.field().label() + ": " + side.apply(c).map(v -> FieldDisplay.describe(c.field(), v))
                        .orElse("(none)"))
                .collect(Collectors.joining("\n"));
    }
}
