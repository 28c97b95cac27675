package io.incidentbot.slack;

import io.incidentbot.db.Database;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slow Slack work that runs after the 3-second ack (creating channels, posting, pinning). Failures
 * are logged with a short reference; the work itself tells users what went wrong.
 */
public final class AfterAck implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);
    private final ExecutorService executor;

    public AfterAck(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "after-ack-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void run(String what, Runnable work) {
        executor.execute(() -> {
            try {
                Database.inBackground(work);
            } catch (RuntimeException e) {
                String ref = UUID.randomUUID().toString().substring(0, 8);
                log.error("{} failed (ref {}): {}", what, ref, e.getClass().getName(), e);
            }
        });
    }

    /** Lets queued work finish (bounded), so a clean shutdown loses nothing that was acknowledged. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
