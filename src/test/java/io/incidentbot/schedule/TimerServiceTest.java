package io.incidentbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentbot.common.IncidentId;
import io.incidentbot.db.Database;
import io.incidentbot.incident.Incident;
import io.incidentbot.incident.IncidentService;
import io.incidentbot.incident.NewIncident;
import io.incidentbot.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timers in a real SQLite file: scheduled and cancelled in the caller's transaction, each claimed once. */
class TimerServiceTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    Database db;
    TimerService timers;
    IncidentId incident;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("timers.db").toString());
        db.migrate();
        timers = new TimerService(db, clock);
        Incident opened = new IncidentService(db, clock).open(new NewIncident("T1", "Checkout failing", "SEV1",
                "checkout", true, false, "", Optional.empty(), "U0ALICE", "C0SUPPORT"));
        incident = opened.id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    void schedule(String kind, Duration in) {
        db.writing(h -> timers.schedule(h, incident, kind, "p", clock.instant().plus(in)));
    }

    @Test
    void aTimerIsClaimedOnceWhenDueAndNotBefore() {
        schedule("reminder", Duration.ofMinutes(15));

        assertThat(timers.claimDue(Set.of("reminder"), 10)).isEmpty();
        clock.advance(Duration.ofMinutes(15));
        List<Timer> due = timers.claimDue(Set.of("reminder"), 10);
        assertThat(due).singleElement().satisfies(t -> {
            assertThat(t.incident()).isEqualTo(incident);
            assertThat(t.kind()).isEqualTo("reminder");
            assertThat(t.payload()).isEqualTo("p");
        });
        assertThat(timers.claimDue(Set.of("reminder"), 10)).isEmpty();
        assertThat(timers.pending(incident)).isEmpty();
    }

    @Test
    void cancellingByKindLeavesOtherKindsAndOtherwiseNothingFires() {
        schedule("reminder", Duration.ofMinutes(1));
        schedule("escalation", Duration.ofMinutes(1));
        schedule("cadence", Duration.ofMinutes(1));

        int cancelled = db.write(h -> timers.cancel(h, incident, "reminder", "escalation"));
        clock.advance(Duration.ofMinutes(2));

        assertThat(cancelled).isEqualTo(2);
        assertThat(timers.claimDue(Set.of("reminder", "escalation", "cadence"), 10)).extracting(Timer::kind)
                .containsExactly("cadence");
    }

    @Test
    void kindsNobodyHandlesStayPendingForAProcessThatDoes() {
        schedule("customer-update", Duration.ZERO);

        assertThat(timers.claimDue(Set.of("reminder"), 10)).isEmpty();
        assertThat(timers.claimDue(Set.of(), 10)).isEmpty();
        assertThat(timers.pending(incident)).extracting(Timer::kind).containsExactly("customer-update");
    }

    @Test
    void twoProcessesOnOneDatabaseNeverClaimTheSameTimer() throws Exception {
        for (int i = 0; i < 60; i++) {
            schedule("reminder", Duration.ofSeconds(i % 7));
        }
        clock.advance(Duration.ofMinutes(1));
        // a second process: its own pool and write lock on the same file
        try (Database other = Database.open(dir.resolve("timers.db").toString())) {
            List<TimerService> processes = List.of(timers, new TimerService(other, clock), timers,
                    new TimerService(other, clock));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(processes.size());
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (TimerService process : processes) {
                claims.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    List<Timer> batch;
                    do {
                        batch = process.claimDue(Set.of("reminder"), 7);
                        batch.forEach(t -> mine.add(t.id()));
                    } while (!batch.isEmpty());
                    return mine;
                }));
            }
            start.countDown();
            List<Long> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<Long>> claim : claims) {
                all.addAll(claim.get());
            }
            pool.shutdown();

            assertThat(all).hasSize(60).doesNotHaveDuplicates();
        }
    }
}
