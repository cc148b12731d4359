package nl.weerbaar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.weerbaar.it.support.Learners.Learner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Learners;
import nl.weerbaar.it.support.Mailbox;

/**
 * Benchmark (profile bench, see ear/src/bench/learning-bench.sh): 50 learners play a whole scenario
 * through the API at the same time. Figures: server time per step (the Server-Timing header) and
 * the latency the client sees, next to a trivial authenticated GET (/api/account) made by the same
 * 50 learners, the same number of times, in the same run. Prints figures; asserts only that every
 * learner finished.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearnerBench {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final int LEARNERS = Integer.getInteger("bench.learners", 50);
    private static final String SCENARIO = "a1-zwakke-signalen";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Server and client milliseconds per request. */
    private record Timings(List<Double> server, List<Double> client) {
        static Timings empty() {
            return new Timings(Collections.synchronizedList(new ArrayList<>()), Collections.synchronizedList(new ArrayList<>()));
        }

        void add(HttpResponse<?> response, long nanos) {
            String header = response.headers().firstValue("Server-Timing").orElseThrow();
            server.add(Double.parseDouble(header.substring(header.indexOf("dur=") + 4)));
            client.add(nanos / 1e6);
        }

        static double percentile(List<Double> values, double p) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
        }

        String line(String name) {
            return String.format("%-28s %5d requests  server p50 %6.2f ms  p95 %6.2f ms   client p50 %6.2f ms  p95 %6.2f ms",
                    name, server.size(), percentile(server, 0.5), percentile(server, 0.95), percentile(client, 0.5),
                    percentile(client, 0.95));
        }
    }

    @Test
    void fiftyLearnersPlayAScenarioAtOnce() throws Exception {
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(Learners.create(SMTP));
        }
        List<String> path = Learners.bestPath(SCENARIO);
        for (Learner l : learners) {
            assertEquals(200, l.api().get("api/account").statusCode()); // warms the credential cache
        }

        // Warm-up: the same work once, unmeasured, so the figures are of a running server, not of the JIT's first pass.
        Timings warmUp = Timings.empty();
        concurrently(learners, l -> play(l, path, warmUp, 0));
        Timings baseline = Timings.empty();
        concurrently(learners, l -> {
            Http api = l.api();
            for (int i = 0; i < path.size(); i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = api.get("api/account");
                baseline.add(r, System.nanoTime() - t0);
                assertEquals(200, r.statusCode());
            }
        });

        Timings steps = Timings.empty();
        concurrently(learners, l -> play(l, path, steps, 0));
        // The same with a reader's pause (0.5–1.5 s) before each choice, as learners read the situation first.
        Timings reading = Timings.empty();
        concurrently(learners, l -> play(l, path, reading, 1000));

        System.out.println("== Learning: " + LEARNERS + " concurrent learners, " + path.size() + " steps each (after a warm-up round)");
        System.out.println(steps.line("step, all at once"));
        System.out.println(reading.line("step, with reading pauses"));
        System.out.println(baseline.line("baseline GET /api/account"));
        System.out.printf("p95 server time per step: %.2f ms all at once, %.2f ms with reading pauses (goal <= 20 ms);"
                + " baseline p95 %.2f ms%n", Timings.percentile(steps.server(), 0.95),
                Timings.percentile(reading.server(), 0.95), Timings.percentile(baseline.server(), 0.95));
        assertEquals(LEARNERS * path.size(), steps.server().size());
    }

    private static void play(Learner l, List<String> path, Timings timings, int pauseMillis) {
        Http api = l.api();
        long attempt = Learners.start(l, "voorbereiding", SCENARIO).getJsonNumber("attemptId").longValue();
        java.util.Random random = new java.util.Random(attempt);
        for (String choice : path) {
            if (pauseMillis > 0) {
                try {
                    Thread.sleep(pauseMillis / 2 + random.nextInt(pauseMillis));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.postJson("api/attempts/" + attempt + "/choices", "{\"choiceId\":\"" + choice + "\"}");
            timings.add(r, System.nanoTime() - t0);
            assertEquals(200, r.statusCode(), r.body());
        }
        assertTrue(Http.object(api.get("api/attempts/" + attempt).body()).getBoolean("finished"));
    }

    private static void concurrently(List<Learner> learners, Consumer<Learner> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Learner l : learners) {
                futures.add(pool.submit(() -> {
                    start.await();
                    work.accept(l);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
