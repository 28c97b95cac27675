package io.incidentbot.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A small load generator: keep-alive HTTP/1.1 over raw sockets (so the client costs little), in
 * two shapes: closed-loop saturation and open-loop fixed rate, where latency is measured from the
 * intended send time so a stalled server cannot hide its stall (no coordinated omission).
 */
final class HttpLoad {
    /** One signed request, ready to write. */
    record Request(byte[] bytes) {
    }

    record Result(long requests, double seconds, long[] micros, int failures) {
        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }

    private final int port;

    HttpLoad(int port) {
        this.port = port;
    }

    static Request post(String body, String timestamp, String signature) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + payload.length + "\r\n"
                + "X-Slack-Request-Timestamp: " + timestamp + "\r\nX-Slack-Signature: " + signature + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        return new Request(out.toByteArray());
    }

    /** {@code connections} workers send back to back for {@code seconds}. */
    Result saturate(int connections, double seconds, Supplier<Request> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<long[]>> workers = new ArrayList<>();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                LongList latencies = new LongList();
                try (Connection connection = new Connection(port)) {
                    while (System.nanoTime() < end) {
                        Request request = requests.get();
                        long t0 = System.nanoTime();
                        if (connection.send(request) != 200) {
                            failures.incrementAndGet();
                        }
                        latencies.add((System.nanoTime() - t0) / 1000);
                    }
                }
                return latencies.toArray();
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(merged.length, elapsed, merged, failures.get());
    }

    /** Sends {@code rate} requests a second for {@code seconds}, whatever the server does. */
    Result fixedRate(int rate, double seconds, Supplier<Request> requests) throws Exception {
        int total = (int) (rate * seconds);
        long[] micros = new long[total];
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                return new Connection(port);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 10_000_000;
        for (int i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            Request request = requests.get();
            pool.execute(() -> {
                try {
                    if (connections.get().send(request) != 200) {
                        failures.incrementAndGet();
                    }
                } catch (IOException e) {
                    failures.incrementAndGet();
                }
                micros[index] = (System.nanoTime() - intended) / 1000;
            });
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        return new Result(total, seconds, micros, failures.get());
    }

    /** One keep-alive connection. */
    static final class Connection implements Closeable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        int send(Request request) throws IOException {
            out.write(request.bytes());
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));

            int length = 0;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(header.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                    in.skipNBytes(size);
                    line();
                }
                line();
            } else {
                in.skipNBytes(length);
            }
            return code;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
