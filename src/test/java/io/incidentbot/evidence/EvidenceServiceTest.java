package io.incidentbot.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentbot.audit.AuditEvent;
import io.incidentbot.common.IncidentId;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.db.Database;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.support.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving evidence against a real SQLite file with the real migrations. */
class EvidenceServiceTest {
    @TempDir
    Path dir;
    Database db;
    IncidentService incidents;
    EvidenceService evidence;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T14:00:00Z"));

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bot.db").toString());
        db.migrate();
        incidents = new IncidentService(db, clock);
        evidence = new EvidenceService(db, clock, ConfigLoader.defaults().evidence());
    }

    @AfterEach
    void close() {
        db.close();
    }

    Incident incident(String team, String severity) {
        return incidents.open(new NewIncident(team, "Checkout failing after 4.2 update", severity, "plugin-update",
                true, false, "", Optional.empty(), "U0ALICE", "C0SUPPORT"));
    }

    @Test
    void evidenceIsStoredAsEnteredAndEveryEditIsAuditedBeforeToAfter() {
        Incident incident = incident("T1", "SEV1");
        String steps = "1. Log in as shop manager\n2. Pay with card 4111 1111 1111 1111\n3. See error 500";

        evidence.saveEvidence(incident.id(), "U0ALICE", Map.of(EvidenceField.PHP_VERSION, "8.1.27",
                EvidenceField.REPRODUCTION_STEPS, steps, EvidenceField.CATEGORY, "plugin"));
        List<FieldChange<EvidenceField>> second = evidence.saveEvidence(incident.id(), "U0BOB",
                Map.of(EvidenceField.PHP_VERSION, "8.2.12", EvidenceField.CATEGORY, "plugin"));

        Evidence stored = evidence.evidence(incident.id());
        assertThat(stored.get(EvidenceField.REPRODUCTION_STEPS)).contains(steps); // as entered, card number and all
        assertThat(stored.get(EvidenceField.PHP_VERSION)).contains("8.2.12");
        assertThat(second).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(EvidenceField.PHP_VERSION);
            assertThat(c.before()).contains("8.1.27");
            assertThat(c.after()).contains("8.2.12");
        });
        List<AuditEvent> timeline = incidents.timeline(incident.id());
        AuditEvent edit = timeline.get(timeline.size() - 1);
        assertThat(edit.actor()).isEqualTo("U0BOB");
        assertThat(edit.action()).isEqualTo("evidence updated (PHP version)");
        assertThat(edit.before()).isEqualTo("PHP version: 8.1.27");
        assertThat(edit.after()).isEqualTo("PHP version: 8.2.12");
        assertThat(timeline.get(timeline.size() - 2).before()).contains("Category: (none)", "PHP version: (none)");
        assertThat(timeline.get(timeline.size() - 2).after()).contains("Category: Plugin", "Reproduction steps: 1. Log in");
    }

    @Test
    void savingNothingNewWritesNothing() {
        Incident incident = incident("T1", "SEV1");
        evidence.saveEvidence(incident.id(), "U0ALICE", Map.of(EvidenceField.PHP_VERSION, "8.2.12"));
        int events = incidents.timeline(incident.id()).size();

        assertThat(evidence.saveEvidence(incident.id(), "U0ALICE", Map.of(EvidenceField.PHP_VERSION, " 8.2.12 "))).isEmpty();
        assertThat(incidents.timeline(incident.id())).hasSize(events);
    }

    @Test
    void aBlankValueRemovesTheFieldAndFieldsNotProposedStay() {
        Incident incident = incident("T1", "SEV1");
        evidence.saveEvidence(incident.id(), "U0ALICE", Map.of(EvidenceField.PHP_VERSION, "8.2.12",
                EvidenceField.AFFECTED_SCREEN, "Checkout"));
        Map<EvidenceField, String> clear = new HashMap<>();
        clear.put(EvidenceField.AFFECTED_SCREEN, "");

        evidence.saveEvidence(incident.id(), "U0ALICE", clear);

        Evidence stored = evidence.evidence(incident.id());
        assertThat(stored.has(EvidenceField.AFFECTED_SCREEN)).isFalse();
        assertThat(stored.get(EvidenceField.PHP_VERSION)).contains("8.2.12");
        AuditEvent last = incidents.timeline(incident.id()).get(incidents.timeline(incident.id()).size() - 1);
        assertThat(last.before()).isEqualTo("Affected screen: Checkout");
        assertThat(last.after()).isEqualTo("Affected screen: (none)");
    }

    @Test
    void workspacesNeverSeeEachOthersEvidence() {
        Incident mine = incident("T1", "SEV1");
        Incident theirs = incident("T2", "SEV1");
        assertThat(mine.id().number()).isEqualTo(theirs.id().number());

        evidence.saveEvidence(mine.id(), "U0ALICE", Map.of(EvidenceField.PHP_VERSION, "8.2.12"));

        assertThat(evidence.evidence(theirs.id()).has(EvidenceField.PHP_VERSION)).isFalse();
    }

    @Test
    void theRollbackRecordIsKeptApartFromTheEvidence() {
        Incident incident = incident("T1", "SEV2");
        evidence.saveRollback(incident.id(), "U0ALICE", Map.of(RollbackField.RELEASE_VERSION, "4.2.0",
                RollbackField.DECISION, "roll-back"));

        assertThat(evidence.rollback(incident.id()).decision()).contains(RollbackDecision.ROLL_BACK);
        assertThat(evidence.evidence(incident.id()).has(EvidenceField.PLUGIN_VERSION)).isFalse();
        assertThat(incidents.timeline(incident.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("rollback record updated (release version, rollback decision)");
            assertThat(e.after()).contains("Rollback decision: Roll back to the previous release");
        });
    }

    @Test
    void anUnknownIncidentIsRefused() {
        assertThatThrownBy(() -> evidence.saveEvidence(new IncidentId("T1", 99), "U0ALICE",
                Map.of(EvidenceField.PHP_VERSION, "8.2.12"))).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void theResolveCheckListsEachMissingRequiredField() {
        Incident incident = incident("T1", "SEV4"); // affected screen, plugin version, steps, category
        evidence.saveEvidence(incident.id(), "U0ALICE", Map.of(EvidenceField.PLUGIN_VERSION, "4.2.1",
                EvidenceField.CATEGORY, "plugin"));
        MissingEvidenceCheck check = new MissingEvidenceCheck(incidents, evidence);

        assertThat(check.outstanding(incident.id()))
                .containsExactly("Evidence missing: affected screen", "Evidence missing: reproduction steps");

        evidence.saveEvidence(incident.id(), "U0ALICE", Map.of(EvidenceField.AFFECTED_SCREEN, "Checkout",
                EvidenceField.REPRODUCTION_STEPS, "1. Pay"));
        assertThat(check.outstanding(incident.id())).isEmpty();
        assertThat(check.outstanding(new IncidentId("T1", 42))).isEmpty();
    }
}
