package nl.weerbaar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/**
 * Benchmark (profile bench, see ear/src/bench/planning-bench.sh): 200 concurrent HTTP enrolments
 * into one 8-seat session, next to the same number of threads doing a single-row UPDATE and COMMIT
 * over plain JDBC against the same PostgreSQL; and an open-loop load of steady enrolments. Prints
 * figures; asserts only the booking counts, never timing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentRushBench {

    private static final int REQUESTS = 200;
    /** The server datasource's max-pool-size (configure.cli). */
    private static final int POOL = 40;

    /** Open loop: this many enrolment requests a second, for this long, spread over this many sessions. */
    private static final int RATE = 50;
    private static final int SECONDS = 20;
    private static final int SESSIONS = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Latencies in nanoseconds and the wall time of one run. */
    private record Run(List<Long> latencies, long wallNanos) {
        double perSecond() {
            return latencies.size() / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }

        String line(String name) {
            return String.format("%-34s %5d requests  %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms", name, latencies.size(),
                    perSecond(), percentileMillis(0.50), percentileMillis(0.99));
        }
    }

    private static Run rush(List<Callable<Void>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : work) {
                futures.add(pool.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    task.call();
                    latencies.add(System.nanoTime() - t0);
                    return null;
                }));
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Future<Void> f : futures) {
                f.get();
            }
            return new Run(latencies, System.nanoTime() - t0);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void twoHundredConcurrentEnrolmentsAgainstPlainJdbcUpdates() throws Exception {
        long session = EnrolmentIT.newSession(8);
        List<Long> participants = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            participants.add(EnrolmentIT.newParticipant());
        }
        Http ngb = Http.api("ngb");
        ngb.get("api/sessions/" + session); // the verified credential is cached from here on

        List<Callable<Void>> enrolments = participants.stream().<Callable<Void>>map(p -> () -> {
            HttpResponse<String> r = ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + p + "}");
            assertEquals(201, r.statusCode(), r.body());
            return null;
        }).toList();
        Run http = rush(enrolments);

        String url = System.getenv().getOrDefault("WEERBAAR_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("WEERBAAR_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("WEERBAAR_DB_PASSWORD", "postgres");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_counter (id int primary key, n bigint not null)");
            s.execute("delete from bench_counter");
            s.execute("insert into bench_counter values (1, 0)");
        }
        // Like the server, the baseline shares a pool of open connections (as many as the server's
        // datasource may hold) among the 200 threads; PostgreSQL would refuse 200 connections anyway.
        java.util.concurrent.BlockingQueue<Connection> pool = new java.util.concurrent.ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            pool.add(c);
        }
        List<Callable<Void>> updates = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            updates.add(() -> {
                Connection c = pool.take();
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("update bench_counter set n = n + 1 where id = 1");
                    c.commit();
                } finally {
                    pool.add(c);
                }
                return null;
            });
        }
        Run jdbc;
        try {
            jdbc = rush(updates);
        } finally {
            for (Connection c : pool) {
                c.close();
            }
        }

        Map<String, Long> counts = Http.array(ngb.get("api/sessions/" + session + "/enrolments").body())
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(e -> e.getString("status"), Collectors.counting()));
        System.out.println();
        System.out.println("== Enrolment rush on " + url + " (" + REQUESTS + " concurrent requests, 8 seats)");
        System.out.println(http.line("HTTP enrolments (Weerbaar)"));
        System.out.println(jdbc.line("baseline: JDBC UPDATE+COMMIT"));
        System.out.printf("throughput ratio HTTP/baseline: %.1f%%  (goal >= 25%%)%n", 100 * http.perSecond() / jdbc.perSecond());
        System.out.printf("p99 HTTP enrolment: %.1f ms  (goal < 150 ms)%n", http.percentileMillis(0.99));
        System.out.println("booked " + counts.get("BOOKED") + ", waitlisted " + counts.get("WAITLISTED") + "  (goal: exactly 8 booked)");
        assertEquals(8L, counts.get("BOOKED"));
        assertEquals(REQUESTS - 8L, counts.get("WAITLISTED"));
    }

    /**
     * Steady traffic: {@value #RATE} enrolments a second for {@value #SECONDS} s, round robin over
     * {@value #SESSIONS} 8-seat sessions. Open loop: each request is sent at its planned time whether
     * or not earlier ones have answered, and its latency counts from that planned time, so a slow
     * server cannot slow the load down and hide its own queue (no coordinated omission).
     */
    @Test
    void steadyEnrolmentsOpenLoop() throws Exception {
        int total = RATE * SECONDS;
        Http ngb = Http.api("ngb");
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(EnrolmentIT.newSession(8));
        }
        List<Long> participants = new ArrayList<>(Collections.nCopies(total, 0L));
        ExecutorService setup = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                int n = i;
                created.add(setup.submit(() -> participants.set(n, EnrolmentIT.newParticipant())));
            }
            for (Future<?> f : created) {
                f.get();
            }
        } finally {
            setup.shutdown();
        }
        ngb.get("api/sessions/" + sessions.get(0)); // the verified credential is cached from here on

        java.util.concurrent.ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newCachedThreadPool();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(total);
        long periodNanos = 1_000_000_000L / RATE;
        long t0 = System.nanoTime() + 50_000_000L;
        try {
            for (int i = 0; i < total; i++) {
                long planned = t0 + i * periodNanos;
                long session = sessions.get(i % SESSIONS);
                long participant = participants.get(i);
                clock.schedule(() -> senders.submit(() -> {
                    try {
                        HttpResponse<String> r = ngb.postJson("api/sessions/" + session + "/enrolments",
                                "{\"participantId\":" + participant + "}");
                        latencies.add(System.nanoTime() - planned);
                        if (r.statusCode() != 201) {
                            failures.add(r.statusCode() + " " + r.body());
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    } finally {
                        done.countDown();
                    }
                }), planned - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
            }
            done.await();
        } finally {
            clock.shutdown();
            senders.shutdown();
        }
        Run run = new Run(latencies, System.nanoTime() - t0);
        long booked = 0;
        for (long session : sessions) {
            booked += Http.array(ngb.get("api/sessions/" + session + "/enrolments").body())
                    .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("status").equals("BOOKED")).count();
        }
        System.out.println();
        System.out.println("== Open-loop enrolments: " + RATE + "/s for " + SECONDS + " s over " + SESSIONS
                + " sessions of 8 seats");
        System.out.println(run.line("HTTP enrolments (open loop)"));
        System.out.printf("p99 open-loop enrolment: %.1f ms  (goal <= 150 ms), p50 %.1f ms%n",
                run.percentileMillis(0.99), run.percentileMillis(0.50));
        System.out.println("booked " + booked + " of " + SESSIONS * 8 + " seats, failures " + failures.size()
                + (failures.isEmpty() ? "" : " (first: " + failures.get(0) + ")"));
        assertEquals(List.of(), failures);
        assertEquals(SESSIONS * 8L, booked);
    }
}
