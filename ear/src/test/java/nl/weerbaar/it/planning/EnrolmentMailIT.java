package nl.weerbaar.it.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
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
 * server's mail session uses), with their iCalendar parts parsed by iCal4j.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnrolmentMailIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(2525, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
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

    private static Calendar calendarOf(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (var in = part.getInputStream()) {
                    return new CalendarBuilder().build(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
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

    private static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).orElseThrow().getValue();
    }

    private static String eventProperty(Calendar calendar, String name) {
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        return event.getProperty(name).orElseThrow().getValue();
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
        Calendar request = calendarOf(first);
        assertEquals("REQUEST", property(request, "METHOD"));
        String uid = eventProperty(request, "UID");
        assertEquals("0", eventProperty(request, "SEQUENCE"));
        DtStart<?> start = ((VEvent) request.getComponent("VEVENT").orElseThrow()).getDateTimeStart();
        assertEquals("Europe/Amsterdam", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals("20270301T090000", start.getValue());
        assertNotNull(request.getComponent("VTIMEZONE").orElse(null), "the zone's definition travels along");

        assertEquals(204, Http.api("ngb").delete("api/sessions/" + session + "/enrolments/" + participant).statusCode());
        MimeMessage second = awaitMail(email, 2);
        assertTrue(second.getSubject().startsWith("Inschrijving geannuleerd door het NGB"), second.getSubject());
        Calendar cancel = calendarOf(second);
        assertEquals("CANCEL", property(cancel, "METHOD"));
        assertEquals(uid, eventProperty(cancel, "UID"));
        assertEquals("1", eventProperty(cancel, "SEQUENCE"));
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
        assertEquals("REQUEST", property(calendarOf(promoted), "METHOD"));
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
        String uid = eventProperty(calendarOf(awaitMail(emailOf(booked), 1)), "UID");

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
        Calendar update = calendarOf(changed);
        assertEquals("REQUEST", property(update, "METHOD"));
        assertEquals(uid, eventProperty(update, "UID"));
        assertEquals("1", eventProperty(update, "SEQUENCE"));
        assertEquals("20270308T090000",
                ((VEvent) update.getComponent("VEVENT").orElseThrow()).getDateTimeStart().getValue());
        MimeMessage promoted = awaitMail(emailOf(waiting), 2);
        assertTrue(promoted.getSubject().startsWith("Er is een plaats vrijgekomen"), promoted.getSubject());
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
            assertEquals("CANCEL", property(calendarOf(mail), "METHOD"));
        }
    }
}
