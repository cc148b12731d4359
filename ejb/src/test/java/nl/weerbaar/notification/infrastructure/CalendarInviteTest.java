package nl.weerbaar.notification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reads every invite with biweekly, an iCalendar parser independent of ical4j (which writes them), the
 * way a participant's calendar would: the instants, the iTIP fields and the line format of RFC 5545.
 */
class CalendarInviteTest {

    private static final CalendarInvite.Party NGB = new CalendarInvite.Party("Nederlands Genootschap van Burgemeesters",
            "weerbaar@ngb.example");
    private static final CalendarInvite.Party HER = new CalendarInvite.Party("Marieke de Burgemeester", "marieke@example.nl");

    /** Either side of the clock changes of 2027 (28 March, 31 October): CET is UTC+1, CEST UTC+2. */
    @ParameterizedTest
    @CsvSource({
        "2027-03-27T09:30, 2027-03-27T08:30:00Z",
        "2027-03-29T09:30, 2027-03-29T07:30:00Z",
        "2027-10-30T09:30, 2027-10-30T07:30:00Z",
        "2027-11-01T09:30, 2027-11-01T08:30:00Z",
        "2027-03-28T03:30, 2027-03-28T01:30:00Z"})
    void theInstantIsTheDutchWallClockTime(String dutch, String instant) {
        LocalDateTime start = LocalDateTime.parse(dutch);
        String ics = CalendarInvite.request(appointment(3, "Omgaan met intimidatie en bedreiging", start));

        VEvent event = parse(ics).getEvents().get(0);
        assertEquals(Instant.parse(instant), event.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse(instant).plusSeconds(7 * 3600), event.getDateEnd().getValue().toInstant());
    }

    @Test
    void aRequestCarriesEverythingAClientNeeds() {
        String ics = CalendarInvite.request(appointment(3, "Omgaan met intimidatie en bedreiging", LocalDateTime.parse("2027-06-21T09:30")));

        ICalendar calendar = parse(ics);
        assertEquals(ICalVersion.V2_0, calendar.getVersion());
        assertEquals("REQUEST", calendar.getMethod().getValue());
        VEvent event = calendar.getEvents().get(0);
        assertEquals("enrolment-42@weerbaar", event.getUid().getValue());
        assertEquals(3, event.getSequence().getValue());
        assertEquals("CONFIRMED", event.getStatus().getValue());
        assertNotNull(event.getDateTimeStamp());
        assertEquals("Nederlands Genootschap van Burgemeesters", event.getOrganizer().getCommonName());
        assertEquals("weerbaar@ngb.example", event.getOrganizer().getEmail());
        Attendee attendee = event.getAttendees().get(0);
        assertEquals("Marieke de Burgemeester", attendee.getCommonName());
        assertEquals("marieke@example.nl", attendee.getEmail());
        assertEquals(ParticipationLevel.REQUIRED, attendee.getParticipationLevel());
        assertEquals(ParticipationStatus.ACCEPTED, attendee.getParticipationStatus());
        assertEquals(Boolean.FALSE, attendee.getRsvp());
        assertEquals(1, countLines(ics, "VERSION:"), "one VERSION, with one value");
        assertTrue(ics.contains("VERSION:2.0\r\n"));
    }

    @Test
    void aCancellationRemovesTheSameAppointment() {
        LocalDateTime start = LocalDateTime.parse("2027-06-21T09:30");
        VEvent request = parse(CalendarInvite.request(appointment(5, "Training", start))).getEvents().get(0);
        // The enrolment's counter rose with the cancellation (EnrolmentMailIT sees 0, then 1).
        ICalendar cancel = parse(CalendarInvite.cancel(appointment(6, "Training", start)));

        assertEquals("CANCEL", cancel.getMethod().getValue());
        VEvent event = cancel.getEvents().get(0);
        assertEquals(request.getUid().getValue(), event.getUid().getValue());
        assertEquals(6, event.getSequence().getValue());
        assertEquals("CANCELLED", event.getStatus().getValue());
        assertEquals(ParticipationStatus.DECLINED, event.getAttendees().get(0).getParticipationStatus());
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndUnfoldToTheSameText() {
        String title = "Omgaan met intimidatie en bedreiging \u2013 sessie voor burgemeesters en commissarissen van de Koning in \u2018s-Hertogenbosch, Zeeuws-Vlaanderen en Súdwest-Fryslân";
        String ics = CalendarInvite.request(appointment(0, title, LocalDateTime.parse("2027-06-21T09:30")));

        for (String line : ics.split("\r\n", -1)) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, () -> "longer than 75 octets: " + line);
        }
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        assertEquals(title, parse(ics).getEvents().get(0).getSummary().getValue());
    }

    @Test
    void everyTzidUsedHasItsVtimezone() {
        String ics = CalendarInvite.request(appointment(0, "Training", LocalDateTime.parse("2027-06-21T09:30")));
        // UTC times use no TZID at all; should one appear, its VTIMEZONE must be there (RFC 5545 3.2.19).
        for (String line : ics.split("\r\n")) {
            int at = line.indexOf("TZID=");
            if (at >= 0) {
                String tzid = line.substring(at + 5).split("[:;]")[0];
                assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:" + tzid + "\r\n"), "VTIMEZONE for " + tzid);
            }
        }
    }

    private static CalendarInvite.Appointment appointment(int sequence, String title, LocalDateTime start) {
        return new CalendarInvite.Appointment(42, sequence, title, start, start.plusHours(7), "Utrecht, Domplein 1", NGB, HER);
    }

    private static ICalendar parse(String ics) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertNotNull(calendar, "biweekly read no calendar:\n" + ics);
        warnings.forEach(w -> assertTrue(w.isEmpty(), () -> "biweekly warns: " + w + "\n" + ics));
        return calendar;
    }

    private static long countLines(String ics, String prefix) {
        return ics.lines().filter(l -> l.startsWith(prefix)).count();
    }
}
