package io.incidentbot.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's writes, made by one writer thread with group commit. SQLite admits one writer at a
 * time; threads taking turns on a lock pay a hand-over and a commit each, and under load the lock
 * holder waits for a CPU while the others wait for it. Here the writer takes every write queued,
 * runs each in a savepoint of one transaction (a failing write rolls back alone) and commits once.
 * Writes someone waits on for Slack's 3-second ack go ahead of background work (set-up after the
 * ack, timers). Other processes on the same file still meet SQLite's busy timeout.
 */
final class WriteQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WriteQueue.class);
    private static final ThreadLocal<Boolean> BACKGROUND = ThreadLocal.withInitial(() -> false);
    private static final int MAX_BATCH = 64;

    private record Write<R>(HandleCallback<R, RuntimeException> work, CompletableFuture<R> done) {
    }

    private final Jdbi jdbi;
    private final BlockingDeque<Write<?>> urgent = new LinkedBlockingDeque<>();
    private final BlockingDeque<Write<?>> background = new LinkedBlockingDeque<>();
    private final Object signal = new Object();
    private final Thread writer;
    private volatile boolean open = true;

    WriteQueue(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.writer = new Thread(this::writeLoop, "sqlite-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs {@code work} with this thread's writes marked as background work. */
    static void inBackground(Runnable work) {
        boolean was = BACKGROUND.get();
        BACKGROUND.set(true);
        try {
            work.run();
        } finally {
            BACKGROUND.set(was);
        }
    }

    <R> R run(HandleCallback<R, RuntimeException> work) {
        if (Thread.currentThread() == writer) {
            throw new IllegalStateException("a write may not wait for another write");
        }
        if (!open) {
            throw new IllegalStateException("the database is closed");
        }
        Write<R> write = new Write<>(work, new CompletableFuture<>());
        (BACKGROUND.get() ? background : urgent).add(write);
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            return write.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writeLoop() {
        while (open || !urgent.isEmpty() || !background.isEmpty()) {
            List<Write<?>> batch = next();
            if (batch.isEmpty()) {
                continue;
            }
            List<Outcome> outcomes = new ArrayList<>();
            try (Handle h = jdbi.open()) {
                h.begin();
                boolean alone = batch.size() == 1; // then no savepoint: a failure rolls back just this write
                for (Write<?> write : batch) {
                    outcomes.add(alone ? Outcome.of(() -> write.work().withHandle(h)) : apply(h, write));
                }
                if (alone && outcomes.get(0).failure() != null) {
                    h.rollback();
                } else {
                    h.commit();
                }
            } catch (RuntimeException e) {
                log.error("a write transaction failed: {}", e.getClass().getName(), e);
                batch.forEach(w -> w.done().completeExceptionally(e));
                continue;
            }
            // only now, committed, does anyone hear that their write is done
            for (int i = 0; i < batch.size(); i++) {
                outcomes.get(i).report(batch.get(i));
            }
        }
    }

    /** Urgent writes first, then background ones, at most {@link #MAX_BATCH}; waits briefly when idle. */
    private List<Write<?>> next() {
        List<Write<?>> batch = new ArrayList<>();
        urgent.drainTo(batch, MAX_BATCH);
        if (batch.isEmpty()) {
            background.drainTo(batch, MAX_BATCH);
        }
        if (batch.isEmpty()) {
            synchronized (signal) {
                if (urgent.isEmpty() && background.isEmpty() && open) {
                    try {
                        signal.wait(TimeUnit.MILLISECONDS.toMillis(100));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
        return batch;
    }

    /** What one write came to: its result or its failure. */
    private record Outcome(Object value, RuntimeException failure) {
        static Outcome of(java.util.function.Supplier<Object> work) {
            try {
                return new Outcome(work.get(), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        }

        @SuppressWarnings("unchecked")
        void report(Write<?> write) {
            CompletableFuture<Object> done = (CompletableFuture<Object>) write.done();
            if (failure != null) {
                done.completeExceptionally(failure);
            } else {
                done.complete(value);
            }
        }
    }

    /** Runs one write in a savepoint: its failure undoes it alone and goes to its caller. */
    private static Outcome apply(Handle h, Write<?> write) {
        h.savepoint("write");
        Outcome outcome = Outcome.of(() -> write.work().withHandle(h));
        if (outcome.failure() == null) {
            h.release("write");
        } else {
            h.rollbackToSavepoint("write"); // the commit releases what is left of it
        }
        return outcome;
    }

    @Override
    public void close() {
        open = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
