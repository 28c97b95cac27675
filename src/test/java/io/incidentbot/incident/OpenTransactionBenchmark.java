package io.incidentbot.incident;

import io.incidentbot.config.AppConfig;
import io.incidentbot.config.ConfigLoader;
import io.incidentbot.db.Database;
import io.incidentbot.schedule.TimerService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The write inside the open form's ack (incident, audit event, response timer), in-process, on a
 * real SQLite file: opens per second from 1 and 16 threads. Run with the bench profile.
 */
@Tag("bench")
class OpenTransactionBenchmark {

    @Test
    void opensPerSecond() throws Exception {
        Path dir = Files.createTempDirectory("open-bench");
        AppConfig config = ConfigLoader.defaults();
        try (Database db = Database.open(dir.resolve("bench.db").toString())) {
            db.migrate();
            IncidentService incidents = new IncidentService(db, Clock.systemUTC(),
                    new ResponseTimers(new TimerService(db, Clock.systemUTC()), config.severities()));
            for (int threads : new int[] {1, 16, 1, 16}) { // the first pair warms up
                System.out.printf("open transaction, %2d threads: %,.0f opens/s%n", threads, run(incidents, threads, 20_000));
            }
        }
    }

    private static double run(IncidentService incidents, int threads, int total) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = 0; i < total / threads; i++) {
                    incidents.open(new NewIncident("T1", "Checkout failing " + i, "SEV2", "checkout", true, false, "",
                            Optional.empty(), "U1", "C1"));
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return total / ((System.nanoTime() - start) / 1e9);
    }
}
