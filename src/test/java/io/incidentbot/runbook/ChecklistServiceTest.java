package io.incidentbot.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.audit.AuditEvent;
import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.runbook.ToggleResult.Outcome;
import io.incidentbot.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklists in the database: snapshots, ticks, the audit trail, and what stands in the way of resolving. */
class ChecklistServiceTest {
    static final Runbook DRILL = new Runbook("drill", "Drill", List.of(
            new RunbookItem("pause", "First response", "Pause the module", Optional.of("owner"), true),
            new RunbookItem("notes", "First response", "Take notes", Optional.empty(), false),
            new RunbookItem("explain", "Acceptance checks", "Explain the impact", Optional.empty(), true)));
    static final Runbook EXTRA = new Runbook("extra", "Extra", List.of(
            new RunbookItem("one", "", "One more thing", Optional.empty(), true)));

    /** One migrated database for the class (migrating costs a second); each test works in a workspace of its own. */
    @TempDir
    static Path dir;
    static Database db;
    static MutableClock clock = MutableClock.startingNow();
    static IncidentService incidents;
    static ChecklistService checklists;
    String team = "T" + UUID.randomUUID();
    IncidentId inc;

    @BeforeAll
    static void migrate() {
        db = Database.open(dir.resolve("test.db").toString());
        db.migrate();
        incidents = new IncidentService(db, clock);
        checklists = new ChecklistService(db, clock);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void openIncident() {
        inc = openIncident(team);
    }

    IncidentId openIncident(String team) {
        return incidents.open(new NewIncident(team, "Checkout failing", "SEV1", "checkout", true, false, "",
                Optional.empty(), "U0OPENER", "C0SUPPORT")).id();
    }

    @Test
    void attachingSnapshotsTheRunbookOnce() {
        assertThat(checklists.attach(inc, DRILL, "U0ALICE")).isEqualTo(AttachOutcome.ATTACHED);
        assertThat(checklists.attach(inc, DRILL, "U0BOB")).isEqualTo(AttachOutcome.ALREADY_ATTACHED);
        assertThat(checklists.attach(new IncidentId(team, 99), DRILL, "U0BOB")).isEqualTo(AttachOutcome.NO_SUCH_INCIDENT);

        Checklist checklist = checklists.checklists(inc).get(0);
        assertThat(checklist.title()).isEqualTo("Drill");
        assertThat(checklist.items()).containsExactly(
                new ChecklistItem("drill", "pause", "First response", "Pause the module", Optional.of("owner"), true,
                        Optional.empty()),
                new ChecklistItem("drill", "notes", "First response", "Take notes", Optional.empty(), false,
                        Optional.empty()),
                new ChecklistItem("drill", "explain", "Acceptance checks", "Explain the impact", Optional.empty(), true,
                        Optional.empty()));
        assertThat(incidents.timeline(inc)).filteredOn(e -> e.action().equals("checklist added")).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("drill · Drill (3 items, 2 required)"))
                .satisfies(e -> assertThat(e.actor()).isEqualTo("U0ALICE"));
    }

    @Test
    void checklistsKeepTheOrderTheyWereAttachedIn() {
        checklists.attach(inc, EXTRA, "U0ALICE");
        checklists.attach(inc, DRILL, "U0ALICE");

        assertThat(checklists.checklists(inc)).extracting(Checklist::runbookId).containsExactly("extra", "drill");
    }

    @Test
    void defaultsAreAttachedOnlyToAnIncidentWithoutAChecklist() {
        assertThat(checklists.attachDefaults(inc, List.of(DRILL, EXTRA))).isTrue();
        assertThat(checklists.attachDefaults(inc, List.of(DRILL, EXTRA))).isFalse(); // a resumed set-up
        assertThat(checklists.checklists(inc)).extracting(Checklist::runbookId).containsExactly("drill", "extra");
        assertThat(incidents.timeline(inc)).filteredOn(e -> e.action().equals("checklist added"))
                .extracting(AuditEvent::actor).containsExactly(AuditEvent.BOT, AuditEvent.BOT);

        IncidentId other = openIncident(team);
        checklists.attach(other, EXTRA, "U0ALICE");
        assertThat(checklists.attachDefaults(other, List.of(DRILL))).isFalse();
    }

    @Test
    void aTickIsStoredOnceWithWhoAndWhenAndAnUntickClearsIt() {
        checklists.attach(inc, DRILL, "U0ALICE");
        clock.advance(Duration.ofMinutes(5));

        ToggleResult ticked = checklists.toggle(inc, "drill", "pause", true, "U0MARIA");
        ToggleResult again = checklists.toggle(inc, "drill", "pause", true, "U0BOB");

        Tick tick = new Tick("U0MARIA", clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(ticked.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(ticked.item().orElseThrow().tick()).contains(tick);
        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.item().orElseThrow().tick()).contains(tick); // Bob is told Maria was first

        ToggleResult unticked = checklists.toggle(inc, "drill", "pause", false, "U0BOB");
        assertThat(unticked.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(unticked.item().orElseThrow().done()).isFalse();
        assertThat(checklists.toggle(inc, "drill", "pause", false, "U0BOB").outcome()).isEqualTo(Outcome.UNCHANGED);

        assertThat(incidents.timeline(inc)).filteredOn(e -> e.action().startsWith("checklist item"))
                .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::before, AuditEvent::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("checklist item ticked", "U0MARIA", "drill/pause: not done",
                                "drill/pause: done by U0MARIA at " + tick.at()),
                        org.assertj.core.groups.Tuple.tuple("checklist item unticked", "U0BOB",
                                "drill/pause: done by U0MARIA at " + tick.at(), "drill/pause: not done"));
    }

    @Test
    void unknownItemsOtherTeamsAndResolvedIncidentsChangeNothing() {
        checklists.attach(inc, DRILL, "U0ALICE");
        IncidentId sameNumberOtherTeam = new IncidentId(team + "-other", inc.number());

        assertThat(checklists.toggle(inc, "drill", "gone", true, "U0X").outcome()).isEqualTo(Outcome.NO_SUCH_ITEM);
        assertThat(checklists.toggle(inc, "nope", "pause", true, "U0X").outcome()).isEqualTo(Outcome.NO_SUCH_ITEM);
        assertThat(checklists.toggle(sameNumberOtherTeam, "drill", "pause", true, "U0X").outcome())
                .isEqualTo(Outcome.NO_SUCH_ITEM);
        assertThat(checklists.checklists(sameNumberOtherTeam)).isEmpty();

        IncidentId withoutChecklist = openIncident(team);
        db.writing(h -> h.execute("UPDATE incident SET status = 'resolved' WHERE team_id = ?", team));
        assertThat(checklists.toggle(inc, "drill", "pause", true, "U0X").outcome()).isEqualTo(Outcome.INCIDENT_RESOLVED);
        assertThat(checklists.attach(inc, EXTRA, "U0X")).isEqualTo(AttachOutcome.INCIDENT_RESOLVED);
        assertThat(checklists.attachDefaults(withoutChecklist, List.of(DRILL))).isFalse();
        assertThat(incidents.timeline(inc)).noneMatch(e -> e.action().startsWith("checklist item"));
    }

    @Test
    void resolvingListsEveryRequiredItemStillUnticked() {
        UntickedRequiredItems check = new UntickedRequiredItems(checklists);
        assertThat(check.outstanding(inc)).isEmpty();
        checklists.attach(inc, DRILL, "U0ALICE");
        checklists.attach(inc, new Runbook("long", "Long", List.of(new RunbookItem("x", "", "y".repeat(500),
                Optional.empty(), true))), "U0ALICE");
        checklists.toggle(inc, "drill", "explain", true, "U0MARIA");

        List<String> outstanding = check.outstanding(inc);

        assertThat(outstanding).hasSize(2);
        assertThat(outstanding.get(0)).isEqualTo("Drill: Pause the module");
        assertThat(outstanding.get(1)).startsWith("Long: yyy").hasSize(UntickedRequiredItems.LINE_MAX).endsWith("…");
        checklists.toggle(inc, "drill", "pause", true, "U0MARIA");
        checklists.toggle(inc, "long", "x", true, "U0MARIA");
        assertThat(check.outstanding(inc)).isEmpty(); // optional "Take notes" does not stand in the way
    }
}
