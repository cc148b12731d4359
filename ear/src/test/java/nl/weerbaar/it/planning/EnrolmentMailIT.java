package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Mailbox;
import nl.weerbaar.it.support.SessionJsonFixture;

/**
 * The e-mails a participant gets, received by a real SMTP server (GreenMail on the port the test
 * server's mail session uses), with their iCalendar parts read by biweekly, a parser
 * independent of the ical4j that writes them, as a participant's calendar would read them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(nl.weerbaar.it.support.Mailbox.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String emailOf(long participant) {
        return Http.object(Http.api("ngb").get("api/participants/" + participant).body()).getString("email");
    }

    private static MimeMessage awaitMail(String to, int nth) throws Exception {
        return Mailbox.await(SMTP, to, nth);
    }

    private static ICalendar calendarOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (var in = part.getInputStream()) {
                    ICalendar calendar = Biweekly.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).first();
                    assertNotNull(calendar, "a calendar part biweekly can read");
                    return calendar;
                }
            }
        }
        throw new AssertionError("no text/calendar part in " + message.getSubject());
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String plain) {
            return plain;
        }
        return (String) ((Multipart) content).getBodyPart(0).getContent();
    }

    private static String method(ICalendar calendar) {
        return calendar.getMethod().getValue();
    }

    private static VEvent event(ICalendar calendar) {
        return calendar.getEvents().get(0);
    }

    private static java.time.Instant dutch(String wallClock) {
        return java.time.LocalDateTime.parse(wallClock).atZone(java.time.ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    @Test
    void bookingThenCancellingSendsARequestAndACancelForTheSameAppointment() throws Exception {
        long session = EnrolmentIT.newSession(8);
        long participant = EnrolmentIT.newParticipant();
        String email = emailOf(participant);
        HttpResponse<String> booked = Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}");
        assertEquals(201, booked.statusCode(), booked.body());

        MimeMessage first = awaitMail(email, 1);
        assertTrue(first.getSubject().startsWith("Inschrijving bevestigd"), first.getSubject());
        assertTrue(first.getContentType().startsWith("multipart/alternative"), first.getContentType());
        assertTrue(text(first).contains("maandag 1 maart 2027 om 09:00 in Nieuwegein"), text(first));
        assertTrue(text(first).contains("/aanbod/sessies.xhtml"), "a link to where she sees her enrolment: " + text(first));
        ICalendar request = calendarOf(first);
        assertEquals("REQUEST", method(request));
        String uid = event(request).getUid().getValue();
        assertEquals(0, event(request).getSequence().getValue());
        assertEquals(dutch("2027-03-01T09:00"), event(request).getDateStart().getValue().toInstant());
        assertEquals(emailOf(participant), event(request).getAttendees().get(0).getEmail());
        assertNotNull(event(request).getAttendees().get(0).getCommonName(), "the attendee has her name (CN)");
        assertNotNull(event(request).getOrganizer().getCommonName(), "the organiser has a name (CN)");

        assertEquals(204, Http.api("ngb").delete("api/sessions/" + session + "/enrolments/" + participant).statusCode());
        MimeMessage second = awaitMail(email, 2);
        assertTrue(second.getSubject().startsWith("Inschrijving geannuleerd door het NGB"), second.getSubject());
        ICalendar cancel = calendarOf(second);
        assertEquals("CANCEL", method(cancel));
        assertEquals(uid, event(cancel).getUid().getValue());
        assertEquals(1, event(cancel).getSequence().getValue());
    }

    @Test
    void theWaitlistedHearTheirPlaceAndThePromotedGetTheirInvitation() throws Exception {
        long session = EnrolmentIT.newSession(1);
        long first = EnrolmentIT.newParticipant();
        long second = EnrolmentIT.newParticipant();
        Http ngb = Http.api("ngb");
        assertEquals(201, ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + first + "}").statusCode());
        HttpResponse<String> waiting = ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + second + "}");
        JsonObject body = Http.object(waiting.body());
        assertEquals("WAITLISTED", body.getString("status"));
        assertEquals(1, body.getInt("waitlistPosition"));

        MimeMessage waitlisted = awaitMail(emailOf(second), 1);
        assertTrue(waitlisted.getSubject().startsWith("Op de wachtlijst"), waitlisted.getSubject());
        assertTrue(text(waitlisted).contains("op plaats 1"), text(waitlisted));

        assertEquals(204, ngb.delete("api/sessions/" + session + "/enrolments/" + first).statusCode());
        MimeMessage promoted = awaitMail(emailOf(second), 2);
        assertTrue(promoted.getSubject().startsWith("Er is een plaats vrijgekomen"), promoted.getSubject());
        assertEquals("REQUEST", method(calendarOf(promoted)));
    }

    @Test
    void aNewDateUpdatesTheSameAppointmentAndMorePlacesPromoteTheWaitlist() throws Exception {
        String title = SessionJsonFixture.uniqueTitle("Verzet");
        String original = SessionJsonFixture.valid(title).replace("\"capacity\":8", "\"capacity\":1,\"minParticipants\":1");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", original);
        long session = Http.object(created.body()).getJsonNumber("id").longValue();
        long booked = EnrolmentIT.newParticipant();
        long waiting = EnrolmentIT.newParticipant();
        Http ngb = Http.api("ngb");
        ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + booked + "}");
        ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + waiting + "}");
        String uid = event(calendarOf(awaitMail(emailOf(booked), 1))).getUid().getValue();

        HttpResponse<String> tooSmall = ngb.putJson("api/sessions/" + session, original.replace("\"capacity\":1", "\"capacity\":0"));
        assertEquals(400, tooSmall.statusCode());
        HttpResponse<String> moved = ngb.putJson("api/sessions/" + session,
                original.replace("2027-03-01T09:00:00", "2027-03-08T09:00:00").replace("2027-03-02T16:00:00", "2027-03-09T16:00:00")
                        .replace("\"capacity\":1", "\"capacity\":2"));
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(2, Http.object(moved.body()).getInt("booked"), "the extra place went to the waitlist");

        MimeMessage changed = awaitMail(emailOf(booked), 2);
        assertTrue(changed.getSubject().startsWith("Training gewijzigd"), changed.getSubject());
        assertTrue(text(changed).contains("maandag 8 maart 2027 om 09:00"), text(changed));
        ICalendar update = calendarOf(changed);
        assertEquals("REQUEST", method(update));
        assertEquals(uid, event(update).getUid().getValue());
        assertEquals(1, event(update).getSequence().getValue());
        assertEquals(dutch("2027-03-08T09:00"), event(update).getDateStart().getValue().toInstant());
        MimeMessage promoted = awaitMail(emailOf(waiting), 2);
        assertTrue(promoted.getSubject().startsWith("Er is een plaats vrijgekomen"), promoted.getSubject());
    }

    @Test
    void savingWithoutChangesTellsNobodyAndAMoveIntoThePastIsRefused() throws Exception {
        String original = SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Ongewijzigd"))
                .replace("\"capacity\":8", "\"capacity\":8,\"minParticipants\":1");
        Http ngb = Http.api("ngb");
        long session = Http.object(ngb.postJson("api/sessions", original).body()).getJsonNumber("id").longValue();
        long participant = EnrolmentIT.newParticipant();
        assertEquals(201, ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + participant + "}").statusCode());
        awaitMail(emailOf(participant), 1);

        assertEquals(200, ngb.putJson("api/sessions/" + session, original).statusCode(), "saved unchanged");
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1).toString();
        HttpResponse<String> past = ngb.putJson("api/sessions/" + session, original
                .replace("2027-03-01T09:00:00", yesterday + "T09:00:00").replace("2027-03-02T16:00:00", yesterday + "T16:00:00"));
        assertEquals(400, past.statusCode(), past.body());
        assertEquals("start", Http.object(past.body()).getString("field"), past.body());
        assertEquals(200, ngb.putJson("api/sessions/" + session, original.replace("Nieuwegein", "Houten")).statusCode());

        // The second mail she gets is the real change: the unchanged save and the refused move sent nothing.
        MimeMessage second = awaitMail(emailOf(participant), 2);
        assertTrue(second.getSubject().startsWith("Training gewijzigd"), second.getSubject());
        assertTrue(text(second).contains("in Houten"), text(second));
    }

    @Test
    void sheChoosesEnglishOnceAndHerMailsAndPagesFollowAtHerNextLogin() throws Exception {
        nl.weerbaar.it.support.Learners.Learner learner = nl.weerbaar.it.support.Learners.create(SMTP);
        Http pages = Http.pages();
        assertEquals(302, pages.login(learner.username(), learner.password()).statusCode());
        assertEquals(302, pages.submit("index.xhtml", java.util.Map.of("userForm", "userForm", "userForm:language",
                "userForm:language")).statusCode());

        Http later = Http.pages();
        later.login(learner.username(), learner.password());
        assertTrue(later.get("index.xhtml").body().contains("lang=\"en\""), "kept with her login, not only in that session");
        long session = EnrolmentIT.newSession(8);
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + learner.participantId() + "}").statusCode());
        MimeMessage booked = null;
        for (MimeMessage m : Mailbox.to(SMTP, learner.email())) {
            booked = m.getSubject().startsWith("Enrolment confirmed") ? m : booked;
        }
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (booked == null && java.time.Instant.now().isBefore(until)) {
            Thread.sleep(200);
            for (MimeMessage m : Mailbox.to(SMTP, learner.email())) {
                booked = m.getSubject().startsWith("Enrolment confirmed") ? m : booked;
            }
        }
        assertNotNull(booked, "her booking mail, in English");
        assertTrue(text(booked).contains("Monday 1 March 2027 at 09:00 in Nieuwegein"), text(booked));
        assertTrue(text(booked).contains("/aanbod/sessies.xhtml"), text(booked));
        assertEquals("REQUEST", method(calendarOf(booked)), "with the same invitation");
    }

    @Test
    void theReminderGoesOutOnceAWeekBeforeTheSession() throws Exception {
        java.time.LocalDate inAWeek = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusDays(7);
        String json = SessionJsonFixture.valid(SessionJsonFixture.uniqueTitle("Herinnering"))
                .replace("2027-03-01T09:00:00", inAWeek + "T09:00:00").replace("2027-03-02T16:00:00", inAWeek + "T16:00:00")
                .replace("\"capacity\":8", "\"capacity\":8,\"minParticipants\":1,\"enrolmentDeadline\":\"" + inAWeek.minusDays(1) + "T09:00:00\","
                        + "\"cancellationDeadline\":\"" + inAWeek.minusDays(1) + "T09:00:00\"");
        HttpResponse<String> created = Http.api("ngb").postJson("api/sessions", json);
        assertEquals(201, created.statusCode(), created.body());
        long session = Http.object(created.body()).getJsonNumber("id").longValue();
        long participant = EnrolmentIT.newParticipant();
        String email = emailOf(participant);
        assertEquals(201, Http.api("ngb").postJson("api/sessions/" + session + "/enrolments",
                "{\"participantId\":" + participant + "}").statusCode());
        awaitMail(email, 1);

        HttpResponse<String> first = Http.api("admin").postJson("api/admin/reminders", "");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(Http.object(first.body()).getInt("sent") >= 1);
        MimeMessage reminder = awaitMail(email, 2);
        assertTrue(reminder.getSubject().startsWith("Herinnering"), reminder.getSubject());

        assertEquals(200, Http.api("admin").postJson("api/admin/reminders", "").statusCode());
        Thread.sleep(1500);
        long toHer = Mailbox.to(SMTP, email).size();
        assertEquals(2, toHer, "the booking mail and one reminder, not two");
        assertEquals(403, Http.api("ngb").postJson("api/admin/reminders", "").statusCode());
    }

    @Test
    void cancellingTheSessionTellsEveryone() throws Exception {
        long session = EnrolmentIT.newSession(8);
        long a = EnrolmentIT.newParticipant();
        long b = EnrolmentIT.newParticipant();
        Http ngb = Http.api("ngb");
        ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + a + "}");
        ngb.postJson("api/sessions/" + session + "/enrolments", "{\"participantId\":" + b + "}");
        assertEquals(200, ngb.putJson("api/sessions/" + session + "/status", "{\"status\":\"CANCELLED\"}").statusCode());
        for (long p : new long[] {a, b}) {
            MimeMessage mail = awaitMail(emailOf(p), 2);
            assertTrue(mail.getSubject().startsWith("Training gaat niet door"), mail.getSubject());
            assertEquals("CANCEL", method(calendarOf(mail)));
        }
    }
}
