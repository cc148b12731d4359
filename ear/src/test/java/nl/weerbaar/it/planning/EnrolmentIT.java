package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.SessionJsonFixture;

/** Enrolment, the waitlist, cancellation, the lifecycle and attendance, through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class EnrolmentIT {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    public static long newSession(int capacity) {
        return newSession(Http.api("ngb"), capacity);
    }

    /** The same, planned by this NGB client (on a server a test started itself, say). */
    public static long newSession(Http ngb, int capacity) {
        String json = SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Inschrijving"))
                .replace("\"capacity\":8", "\"capacity\":" + capacity + ",\"minParticipants\":1,\"trainers\":[\"trainer\"]");
        HttpResponse<String> created = ngb.postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getJsonNumber("id").longValue();
    }

    /** A session of the demo trainer that starts soon (enrolment closes a second before), to test attendance. */
    public static long sessionStartingAt(LocalDateTime start) {
        String json = SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Aanwezigheid"))
                .replace("2027-03-01T09:00:00", start.format(ISO))
                .replace("\"capacity\":8", "\"capacity\":8,\"minParticipants\":1,\"trainers\":[\"trainer\"],"
                        + "\"enrolmentDeadline\":\"" + start.minusSeconds(1).format(ISO) + "\"");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getJsonNumber("id").longValue();
    }

    public static long newParticipant() {
        String json = "{\"name\":\"Wethouder " + UUID.randomUUID().toString().substring(0, 6) + "\",\"email\":\"w-"
                + UUID.randomUUID() + "@example.nl\",\"office\":\"wethouder\",\"gemeentecode\":\"GM0344\","
                + "\"inOfficeSince\":\"2022-06-01\"}";
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> enrol(long session, long participant) {
        return Http.api("ngb").postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + participant + "}");
    }

    private static List<JsonObject> enrolments(long session) {
        HttpResponse<String> list = Http.api("ngb").get("api/sessions/" + session + "/enrolments");
        assertEquals(200, list.statusCode(), list.body());
        return Http.array(list.body()).getValuesAs(JsonObject.class);
    }

    private static Map<String, Long> countByStatus(List<JsonObject> enrolments) {
        return enrolments.stream().collect(Collectors.groupingBy(e -> e.getString("status"), Collectors.counting()));
    }

    private static List<Long> waitlistInOrder(List<JsonObject> enrolments) {
        return enrolments.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                .sorted(Comparator.comparingInt(e -> e.getInt("waitlistPosition")))
                .map(e -> e.getJsonNumber("participantId").longValue()).toList();
    }

    @Test
    void fiftyParallelEnrolmentsIntoEightSeatsBookEightAndQueueTheRestThenCancellationsPromoteInOrder()
            throws Exception {
        long session = newSession(8);
        List<Long> participants = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            participants.add(newParticipant());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<HttpResponse<String>>> requests = participants.stream()
                    .<Callable<HttpResponse<String>>>map(p -> () -> enrol(session, p)).toList();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(requests)) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
            }
        } finally {
            pool.shutdown();
        }
        List<JsonObject> after = enrolments(session);
        assertEquals(Map.of("BOOKED", 8L, "WAITLISTED", 42L), countByStatus(after));
        List<Integer> positions = after.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                .map(e -> e.getInt("waitlistPosition")).sorted().toList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 42).boxed().toList(), positions);
        JsonObject full = Http.object(Http.api("ngb").get("api/sessions/" + session).body());
        assertEquals("FULL", full.getString("status"));
        assertEquals(8, full.getInt("booked"));
        assertEquals(42, full.getInt("waitlisted"));

        List<Long> firstThreeInLine = waitlistInOrder(after).subList(0, 3);
        List<Long> booked = after.stream().filter(e -> e.getString("status").equals("BOOKED"))
                .map(e -> e.getJsonNumber("participantId").longValue()).toList();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> cancelled = Http.api("ngb").delete("api/sessions/" + session + "/enrolments/" + booked.get(i));
            assertEquals(204, cancelled.statusCode(), cancelled.body());
        }
        List<JsonObject> promoted = enrolments(session);
        assertEquals(Map.of("BOOKED", 8L, "WAITLISTED", 39L), countByStatus(promoted));
        for (long p : firstThreeInLine) {
            assertEquals("BOOKED", promoted.stream().filter(e -> e.getJsonNumber("participantId").longValue() == p)
                    .findFirst().orElseThrow().getString("status"));
        }
        assertEquals(1, promoted.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                .mapToInt(e -> e.getInt("waitlistPosition")).min().orElseThrow());
    }

    /** One enrolment request of the mixed traffic: when it was sent and answered, and the answer. */
    private record Sent(long participant, long sentAt, long answeredAt, String status) {
    }

    /**
     * Enrolments, cancellations and capacity changes at once on one session; afterwards: never more
     * booked than places, nobody waiting while a place is free, OPEN/FULL in step, waitlist positions
     * 1..n, the waitlist in the order the requests committed (one answered before another was sent
     * stands before it), promotion from the head only, and the session's own counters still exact
     * (new enrolments fill exactly the free places, then queue behind the rest).
     */
    @Test
    void mixedEnrolmentsCancellationsAndCapacityChangesKeepEveryInvariant() throws Exception {
        String title = SessionJsonFixture.uniqueTitle("Gemengd");
        String body = SessionJsonFixture.valid(title)
                .replace("\"capacity\":8", "\"capacity\":6,\"minParticipants\":1,\"trainers\":[\"trainer\"]");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", body);
        assertEquals(201, created.statusCode(), created.body());
        long session = Http.object(created.body()).getJsonNumber("id").longValue();
        List<Long> participants = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            participants.add(newParticipant());
        }
        java.util.Random random = new java.util.Random(13);
        List<Sent> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.Set<Long> cancelled = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Callable<Void>> traffic = new ArrayList<>();
        for (long p : participants) {
            traffic.add(() -> {
                long t0 = System.nanoTime();
                HttpResponse<String> r = enrol(session, p);
                long t1 = System.nanoTime();
                assertEquals(201, r.statusCode(), r.body());
                sent.add(new Sent(p, t0, t1, Http.object(r.body()).getString("status")));
                return null;
            });
        }
        for (int i = 0; i < 20; i++) {
            long p = participants.get(random.nextInt(participants.size()));
            int delay = random.nextInt(300);
            traffic.add(() -> {
                Thread.sleep(delay);
                HttpResponse<String> r = Http.api("ngb").delete("api/sessions/" + session + "/enrolments/" + p);
                assertTrue(r.statusCode() == 204 || r.statusCode() == 404, r.statusCode() + " " + r.body());
                if (r.statusCode() == 204) {
                    cancelled.add(p);
                }
                return null;
            });
        }
        for (int i = 0; i < 10; i++) {
            int capacity = 3 + random.nextInt(7);
            int delay = random.nextInt(300);
            traffic.add(() -> {
                Thread.sleep(delay);
                HttpResponse<String> r = Http.api("ngb").putJson("api/sessions/" + session,
                        body.replace("\"capacity\":6", "\"capacity\":" + capacity));
                // Fewer places than are booked is refused; anything else is taken.
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
                return null;
            });
        }
        java.util.Collections.shuffle(traffic, random);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try {
            for (Future<Void> done : pool.invokeAll(traffic)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        JsonObject after = Http.object(Http.api("ngb").get("api/sessions/" + session).body());
        int capacity = after.getInt("capacity");
        List<JsonObject> list = enrolments(session);
        Map<String, Long> counts = countByStatus(list);
        long booked = counts.getOrDefault("BOOKED", 0L);
        long waitlisted = counts.getOrDefault("WAITLISTED", 0L);
        assertEquals(booked, after.getInt("booked"));
        assertEquals(waitlisted, after.getInt("waitlisted"));
        assertTrue(booked <= capacity, booked + " booked in " + capacity + " places");
        if (waitlisted > 0) {
            assertEquals(capacity, booked, "nobody waits while a place is free");
        }
        assertEquals(booked >= capacity ? "FULL" : "OPEN", after.getString("status"));
        assertEquals(60 - cancelled.size(), list.size());
        assertTrue(list.stream().noneMatch(e -> cancelled.contains(e.getJsonNumber("participantId").longValue())));
        assertEquals(java.util.stream.LongStream.rangeClosed(1, waitlisted).boxed().toList(), list.stream()
                .filter(e -> e.getString("status").equals("WAITLISTED")).map(e -> (long) e.getInt("waitlistPosition"))
                .sorted().toList());

        Map<Long, Sent> byParticipant = sent.stream().collect(Collectors.toMap(Sent::participant, x -> x));
        Map<Long, Integer> position = list.stream().filter(e -> e.getString("status").equals("WAITLISTED"))
                .collect(Collectors.toMap(e -> e.getJsonNumber("participantId").longValue(), e -> e.getInt("waitlistPosition")));
        List<Long> promoted = list.stream().filter(e -> e.getString("status").equals("BOOKED"))
                .map(e -> e.getJsonNumber("participantId").longValue())
                .filter(p -> byParticipant.get(p).status().equals("WAITLISTED")).toList();
        for (Map.Entry<Long, Integer> a : position.entrySet()) {
            Sent first = byParticipant.get(a.getKey());
            for (Map.Entry<Long, Integer> b : position.entrySet()) {
                if (first.answeredAt() < byParticipant.get(b.getKey()).sentAt()) {
                    assertTrue(a.getValue() < b.getValue(), "the waitlist follows commit order");
                }
            }
            for (long p : promoted) {
                assertTrue(first.answeredAt() >= byParticipant.get(p).sentAt(),
                        "promoted " + p + " although " + a.getKey() + " stood before it in line");
            }
        }

        // The counters on the session row agree with the enrolments: exactly the free places are booked, then the queue grows.
        for (long free = capacity - booked; free > 0; free--) {
            JsonObject probe = Http.object(enrol(session, newParticipant()).body());
            assertEquals("BOOKED", probe.getString("status"));
        }
        JsonObject next = Http.object(enrol(session, newParticipant()).body());
        assertEquals("WAITLISTED", next.getString("status"));
        assertEquals(waitlisted + 1, next.getInt("waitlistPosition"));
        assertEquals("FULL", Http.object(Http.api("ngb").get("api/sessions/" + session).body()).getString("status"));
    }

    @Test
    void aSecondEnrolmentForTheTrainingIsAConflict() {
        long participant = newParticipant();
        assertEquals(201, enrol(newSession(8), participant).statusCode());
        HttpResponse<String> second = enrol(newSession(8), participant);
        assertEquals(409, second.statusCode(), second.body());
        assertEquals(409, enrol(newSession(8), participant).statusCode());
    }

    @Test
    void unknownSessionsAndParticipantsAreNotFound() {
        assertEquals(404, enrol(987654321L, newParticipant()).statusCode());
        assertEquals(404, enrol(newSession(8), 987654321L).statusCode());
        assertEquals(400, Http.api("ngb").postJson("api/sessions/" + newSession(8) + "/enrolments", "{}").statusCode());
    }

    @Test
    void aParticipantEnrolsHerselfAndCannotTouchSomeoneElsesEnrolment() {
        long session = newSession(8);
        HttpResponse<String> self = Http.api("deelnemer").postJson("api/sessions/" + session + "/enrolments", "");
        // The demo participant may already be enrolled by an earlier run of this test on the same database.
        assertTrue(self.statusCode() == 201 || self.statusCode() == 409, self.body());
        long other = newParticipant();
        assertEquals(201, enrol(session, other).statusCode());
        assertEquals(404, Http.api("deelnemer").delete("api/sessions/" + session + "/enrolments/" + other).statusCode());
        assertEquals(403, Http.api("deelnemer").get("api/sessions/" + session + "/enrolments").statusCode());
        assertEquals(404, Http.api("deelnemer").get("api/participants/" + other).statusCode());
        if (self.statusCode() == 201) {
            long own = Http.object(self.body()).getJsonNumber("participantId").longValue();
            assertEquals("BOOKED", Http.object(self.body()).getString("status"));
            assertEquals(200, Http.api("deelnemer").get("api/participants/" + own).statusCode());
            assertEquals(204, Http.api("deelnemer").delete("api/sessions/" + session + "/enrolments/" + own).statusCode());
        }
    }

    @Test
    void theLifecycleAllowsOnlyItsOwnStepsAndCancellingCancelsEveryEnrolment() {
        long session = newSession(8);
        long participant = newParticipant();
        assertEquals(201, enrol(session, participant).statusCode());
        assertEquals(409, status(session, "CLOSED").statusCode());
        assertEquals(200, status(session, "CONFIRMED").statusCode());
        assertEquals(409, status(session, "OPEN").statusCode());
        assertEquals(400, status(session, "GESLOTEN").statusCode());
        HttpResponse<String> cancelled = status(session, "CANCELLED");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Http.object(cancelled.body()).getString("status"));
        assertTrue(enrolments(session).isEmpty(), "no open enrolment left");
        assertEquals(409, enrol(session, newParticipant()).statusCode());
        assertEquals(201, enrol(newSession(8), participant).statusCode(), "a cancelled enrolment does not block");
    }

    @Test
    void theSessionsTrainerRecordsAttendanceOnceItHasBegun() throws InterruptedException {
        // Far enough ahead that two enrolments and a refused attendance fit before it on a busy machine.
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Amsterdam")).plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
        long session = sessionStartingAt(start);
        long came = newParticipant();
        long stayedAway = newParticipant();
        assertEquals(201, enrol(session, came).statusCode());
        assertEquals(201, enrol(session, stayedAway).statusCode());
        assertEquals(409, attendance("trainer", session, came, "ATTENDED").statusCode(), "not before the start");

        Thread.sleep(java.time.Duration.between(LocalDateTime.now(ZoneId.of("Europe/Amsterdam")), start).toMillis() + 500);
        HttpResponse<String> recorded = attendance("trainer", session, came, "ATTENDED");
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals("ATTENDED", Http.object(recorded.body()).getString("status"));
        assertEquals(200, attendance("ngb", session, stayedAway, "NO_SHOW").statusCode());
        assertEquals(400, attendance("trainer", session, came, "WAS_ER").statusCode());
        assertEquals(403, attendance("deelnemer", session, came, "ATTENDED").statusCode());
        assertEquals(Map.of("ATTENDED", 1L, "NO_SHOW", 1L), countByStatus(enrolments(session)));
        assertTrue(enrolments(session).stream().allMatch(e -> e.isNull("waitlistPosition")), "no position without a waitlist");
    }

    @Test
    void aTrainerSeesOnlyTheEnrolmentsOfHerOwnSessions() {
        long own = newSession(8);
        assertEquals(200, Http.api("trainer").get("api/sessions/" + own + "/enrolments").statusCode());
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions",
                SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Zonder trainer")));
        long other = Http.object(created.body()).getJsonNumber("id").longValue();
        assertEquals(404, Http.api("trainer").get("api/sessions/" + other + "/enrolments").statusCode());
        assertEquals(403, Http.api("bzk").get("api/sessions/" + own + "/enrolments").statusCode());
    }

    @Test
    void theDemandPerProvinceCountsTheRegisterAndTheEnrolments() {
        JsonObject before = zeeland();
        String json = "{\"name\":\"Burgemeester Zeeland\",\"email\":\"z-" + UUID.randomUUID() + "@example.nl\","
                + "\"office\":\"burgemeester\",\"gemeentecode\":\"GM0687\",\"inOfficeSince\":\"2021-01-01\"}";
        HttpResponse<String> created = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, created.statusCode(), created.body());
        long participant = Http.object(created.body()).getJsonNumber("id").longValue();
        JsonObject registered = zeeland();
        assertEquals(before.getInt("registered") + 1, registered.getInt("registered"));
        assertEquals(before.getInt("notYetReached") + 1, registered.getInt("notYetReached"));
        assertEquals(201, enrol(newSession(8), participant).statusCode());
        JsonObject enrolled = zeeland();
        assertEquals(before.getInt("booked") + 1, enrolled.getInt("booked"));
        assertEquals(before.getInt("notYetReached"), enrolled.getInt("notYetReached"));
        assertEquals(403, Http.api("bzk").get("api/planning/demand").statusCode());
    }

    private static JsonObject zeeland() {
        HttpResponse<String> demand = Http.api("ngb").get("api/planning/demand");
        assertEquals(200, demand.statusCode(), demand.body());
        return Http.array(demand.body()).getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("province").equals("Zeeland")).findFirst().orElseThrow();
    }

    private static HttpResponse<String> status(long session, String status) {
        return Http.api("ngb").putJson("api/sessions/" + session + "/status", "{\"status\":\"" + status + "\"}");
    }

    private static HttpResponse<String> attendance(String user, long session, long participant, String attendance) {
        return Http.api(user).putJson("api/sessions/" + session + "/enrolments/" + participant + "/attendance",
                "{\"attendance\":\"" + attendance + "\"}");
    }
}
