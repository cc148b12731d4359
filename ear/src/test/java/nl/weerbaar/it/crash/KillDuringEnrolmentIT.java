package nl.weerbaar.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.weerbaar.it.planning.EnrolmentIT;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.OwnServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash test 2 of issue 11: {@code kill -9} of the server in the middle of 100 enrolments into four
 * sessions of 10 seats. After the restart on the same database no enrolment is half done, no session
 * is over capacity, the waitlist is numbered 1..n, every acknowledged enrolment is there, and the
 * outbox delivers one mail for every enrolment that was committed (a mail in flight at the kill may
 * come twice, never none). It runs on H2 in file mode (the embedded default) and on PostgreSQL
 * (127.0.0.1:5432, a database {@value #PG_DATABASE} it makes afresh). Not an Arquillian test: it runs its own server from ear/target/server, so
 * run it on its own ({@code -Dit.test=KillDuringEnrolmentIT}, see ear/src/crash/kill-during-enrolment.sh).
 */
class KillDuringEnrolmentIT {

    private static final int SESSIONS = 4;
    private static final int SEATS = 10;
    private static final int ENROLMENTS = 100;
    /** The kill comes after this many answers, so requests are in flight and some are still queued. */
    private static final int KILL_AFTER = 35;
    private static final String PG_DATABASE = "weerbaar_crash";
    /** A mail server of its own: the suite's server may still send to the usual one. */
    private static final int SMTP_PORT = 2725 + nl.weerbaar.it.support.Deployments.PORT_OFFSET;

    private GreenMail smtp;
    private OwnServer server;

    /** Starts GreenMail and a fresh server on a fresh database: H2 in file mode, or a PostgreSQL database of its own. */
    private void freshServerAndMailbox(String database) throws Exception {
        Path data = Path.of(System.getProperty("weerbaar.it.data.dir")).resolveSibling("crash-data-" + database);
        OwnServer.deleteTree(data);
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        server = new OwnServer(Path.of(System.getProperty("weerbaar.server.dir")), data)
                .withEnvironment("WEERBAAR_SMTP_HOST", "127.0.0.1").withEnvironment("WEERBAAR_SMTP_PORT", String.valueOf(SMTP_PORT));
        if (database.equals("postgresql")) {
            freshPostgresqlDatabase();
            server.withEnvironment("WEERBAAR_DB_DRIVER", "postgresql")
                    .withEnvironment("WEERBAAR_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + PG_DATABASE)
                    .withEnvironment("WEERBAAR_DB_USER", "postgres").withEnvironment("WEERBAAR_DB_PASSWORD", "postgres");
        } else {
            // the H2 file in the data directory, whatever database the build's environment names
            List.of("WEERBAAR_DB_DRIVER", "WEERBAAR_DB_URL", "WEERBAAR_DB_USER", "WEERBAAR_DB_PASSWORD")
                    .forEach(name -> server.withEnvironment(name, null));
        }
        server.deploy(Path.of(System.getProperty("weerbaar.ear")));
        server.start();
    }

    private static void freshPostgresqlDatabase() throws Exception {
        boolean reachable;
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", 5432), 1000);
            reachable = true;
        } catch (java.io.IOException absent) {
            reachable = false;
        }
        if (!reachable) {
            System.out.println("KillDuringEnrolmentIT: no PostgreSQL on 127.0.0.1:5432, the PostgreSQL run is skipped");
        }
        Assumptions.assumeTrue(reachable, "no PostgreSQL on 127.0.0.1:5432");
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "postgres");
                java.sql.Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + PG_DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + PG_DATABASE);
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        try {
            if (server != null) {
                server.stop();
                server.undeploy();
            }
        } finally {
            if (smtp != null) {
                smtp.stop();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aServerKilledDuringABurstOfEnrolmentsLosesNoCommittedEnrolmentOrMailAndOverbooksNothing(String database)
            throws Exception {
        freshServerAndMailbox(database);
        List<Long> sessions = IntStream.range(0, SESSIONS).mapToObj(i -> EnrolmentIT.newSession(Http.api("ngb").onServer(server.base()), SEATS)).toList();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<Long, String> emailOf = new HashMap<>();
        for (int i = 0; i < ENROLMENTS; i++) {
            String email = "crash-" + tag + "-" + i + "@example.nl";
            emailOf.put(newParticipant(email), email);
        }
        List<Long> participants = new ArrayList<>(emailOf.keySet());

        Map<Long, Integer> answers = burstAndKill(sessions, participants);
        server.start();

        Map<Long, JsonObject> enrolled = new HashMap<>();
        for (long session : sessions) {
            List<JsonObject> list = enrolments(session);
            long booked = list.stream().filter(e -> e.getString("status").equals("BOOKED")).count();
            List<Integer> waitlist = list.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                    .map(e -> e.getInt("waitlistPosition")).sorted().toList();
            assertTrue(booked <= SEATS, "session " + session + " has " + booked + " booked on " + SEATS + " seats");
            assertEquals(IntStream.rangeClosed(1, waitlist.size()).boxed().toList(), waitlist,
                    "the waitlist of session " + session + " is numbered without gaps");
            assertTrue(waitlist.isEmpty() || booked == SEATS, "nobody waits while a seat of " + session + " is free");
            list.forEach(e -> enrolled.put(e.getJsonNumber("participantId").longValue(), e));
        }
        List<Long> acknowledgedButMissing = answers.entrySet().stream()
                .filter(a -> a.getValue() == 201 && !enrolled.containsKey(a.getKey())).map(Map.Entry::getKey).toList();
        assertEquals(List.of(), acknowledgedButMissing, "every enrolment answered 201 survived the kill");

        Set<String> expected = enrolled.keySet().stream().map(emailOf::get).collect(Collectors.toSet());
        Map<String, Long> received = awaitMails(tag, expected);
        long delivered = expected.stream().filter(received::containsKey).count();
        long duplicates = received.values().stream().mapToLong(n -> n - 1).sum();
        long strays = received.keySet().stream().filter(r -> !expected.contains(r)).count();
        System.out.printf("KillDuringEnrolmentIT [%s]: requests %d, answered before the kill %d (201: %d), "
                + "committed enrolments %d; mails expected %d, delivered %d, duplicates %d, for uncommitted enrolments %d%n",
                database, ENROLMENTS, answers.size(), answers.values().stream().filter(s -> s == 201).count(), enrolled.size(),
                expected.size(), delivered, duplicates, strays);
        assertTrue(answers.size() < ENROLMENTS, "the kill came during the burst: " + answers.size() + " answers");
        assertEquals(expected.size(), delivered, "every committed enrolment's mail arrived");
        assertEquals(0, strays, "no mail for an enrolment that was not committed");
        assertTrue(duplicates <= 1, "only the mail in flight at the kill may come twice: " + duplicates);
    }

    /** Fires the enrolments from 8 threads and kills the server after {@value #KILL_AFTER} answers. */
    private Map<Long, Integer> burstAndKill(List<Long> sessions, List<Long> participants) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Long, Integer> answers = new ConcurrentHashMap<>();
        CountDownLatch enoughAnswers = new CountDownLatch(KILL_AFTER);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < participants.size(); i++) {
                long participant = participants.get(i);
                long session = sessions.get(i % sessions.size());
                pool.submit(() -> {
                    HttpRequest enrol = HttpRequest.newBuilder(
                            server.base().resolve("api/sessions/" + session + "/enrolments"))
                            .header("Authorization", "Bearer demo-weerbaar-ngb")
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"participantId\":" + participant + "}")).build();
                    try {
                        answers.put(participant, client.send(enrol, HttpResponse.BodyHandlers.discarding()).statusCode());
                        enoughAnswers.countDown();
                    } catch (java.io.IOException | InterruptedException killed) {
                        // no answer: the server died under this request, or before it
                    }
                });
            }
            assertTrue(enoughAnswers.await(120, TimeUnit.SECONDS), "the burst got " + KILL_AFTER + " answers");
            server.killHard();
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "every request ended after the kill");
        } finally {
            pool.shutdownNow();
        }
        return Map.copyOf(answers);
    }

    private long newParticipant(String email) {
        String json = "{\"name\":\"Wethouder Crash " + UUID.randomUUID().toString().substring(0, 6) + "\",\"email\":\""
                + email + "\",\"office\":\"wethouder\",\"gemeentecode\":\"GM0344\",\"inOfficeSince\":\"2022-06-01\"}";
        HttpResponse<String> created = Http.api("ngb").onServer(server.base()).postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getJsonNumber("id").longValue();
    }

    private List<JsonObject> enrolments(long session) {
        HttpResponse<String> listed = Http.api("ngb").onServer(server.base()).get("api/sessions/" + session + "/enrolments");
        assertEquals(200, listed.statusCode(), listed.body());
        return Http.array(listed.body()).getValuesAs(JsonObject.class);
    }

    /** Mails per recipient of this run, once every expected one has arrived (at most 120 s) and a few rounds more. */
    private Map<String, Long> awaitMails(String tag, Set<String> expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until) && !received(tag).keySet().containsAll(expected)) {
            Thread.sleep(500);
        }
        Thread.sleep(4000); // more worker rounds: anything sent twice would show now
        return received(tag);
    }

    private Map<String, Long> received(String tag) {
        Map<String, Long> counts = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                String to = m.getRecipients(Message.RecipientType.TO)[0].toString();
                if (to.startsWith("crash-" + tag + "-")) {
                    counts.merge(to, 1L, Long::sum);
                }
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return counts;
    }
}
