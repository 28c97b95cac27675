package io.incidentbot.slack;

import io.incidentbot.schedule.Timer;
import io.incidentbot.schedule.TimerService;
import java.time.Duration;
import io.incidentbot.db.Database;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs due timers: every {@code interval} it claims the due timers of the kinds features handle
 * (each fires once, even with several processes on one database) and hands each to its kind's
 * handler. Time comes from the injected clock via {@link TimerService}.
 */
public final class TimerPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TimerPoller.class);
    private static final int BATCH = 20;

    /** What a feature does when one of its timers falls due. Runs after no ack: Slack calls are fine. */
    @FunctionalInterface
    public interface Handler {
        void fire(Timer timer);
    }

    private final TimerService timers;
    private final Duration interval;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "timer-poller");
        thread.setDaemon(true);
        return thread;
    });

    public TimerPoller(TimerService timers, Duration interval) {
        this.timers = timers;
        this.interval = interval;
    }

    /** Registers the handler of a timer kind; one handler per kind. */
    public void handle(String kind, Handler handler) {
        if (handlers.putIfAbsent(kind, handler) != null) {
            throw new IllegalStateException("timer kind '" + kind + "' already has a handler");
        }
    }

    public void start() {
        executor.scheduleWithFixedDelay(() -> Database.inBackground(this::pollSafely), 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            List<Timer> due;
            do {
                due = timers.claimDue(handlers.keySet(), BATCH);
                due.forEach(this::fire);
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            log.error("timer poll failed (ref {}): {}", ref(), e.getClass().getName(), e); // next poll tries again
        }
    }

    private void fire(Timer timer) {
        try {
            handlers.get(timer.kind()).fire(timer);
        } catch (RuntimeException e) {
            log.error("{} timer of {} failed (ref {}): {}", timer.kind(), timer.incident(), ref(),
                    e.getClass().getName(), e);
        }
    }

    private static String ref() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Stops polling; a timer being run finishes first (bounded). */
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
