package nl.weerbaar.notification.infrastructure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.weerbaar.platform.Amsterdam;

/**
 * An iCalendar invitation (RFC 5545, iTIP RFC 5546) for one enrolment: a stable UID per enrolment and
 * its change counter as SEQUENCE, so calendars update or remove the same appointment.
 *
 * <p>Times are written in UTC ({@code 20270621T073000Z}). RFC 5545 requires a VTIMEZONE for every
 * TZID used, and ical4j's zone data now names Amsterdam's rules "Europe/Brussels" (a tz link), which made
 * clients show the time floating. UTC needs no VTIMEZONE and every client shows it in its own zone,
 * which for the participants is the Dutch one. Lines are folded at 75 octets by ical4j's outputter.
 */
public final class CalendarInvite {

    private CalendarInvite() {
    }

    /** What the invitation is about; start and end are Dutch wall-clock times. */
    public record Appointment(long enrolmentId, int sequence, String title, LocalDateTime start, LocalDateTime end,
            String location, Party organizer, Party attendee) {
    }

    /** Someone in the invitation: a display name (CN) and an e-mail address. */
    public record Party(String name, String email) {
    }

    /** METHOD:REQUEST — add or update the appointment. */
    public static String request(Appointment appointment) {
        return build(appointment, Method.VALUE_REQUEST, Status.VALUE_CONFIRMED);
    }

    /**
     * METHOD:CANCEL — remove the appointment. RFC 5546 wants its SEQUENCE above the last request's: the
     * enrolment's counter rises with every change of status, and a cancellation is one.
     */
    public static String cancel(Appointment appointment) {
        return build(appointment, Method.VALUE_CANCEL, Status.VALUE_CANCELLED);
    }

    private static String build(Appointment a, String method, String status) {
        VEvent event = new VEvent(utc(a.start()), utc(a.end()), a.title());
        event.replace(new DtStamp(Instant.now()));
        event.add(new Uid("enrolment-" + a.enrolmentId() + "@weerbaar"));
        event.add(new Sequence(a.sequence()));
        event.add(new Location(a.location()));
        Organizer organizer = new Organizer(URI.create("mailto:" + a.organizer().email()));
        organizer.add(new Cn(a.organizer().name()));
        event.add(organizer);
        // She enrolled herself (or NGB did on her request): she has accepted, and no reply is asked.
        Attendee attendee = new Attendee(URI.create("mailto:" + a.attendee().email()));
        attendee.add(new Cn(a.attendee().name()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(Method.VALUE_CANCEL.equals(method) ? PartStat.DECLINED : PartStat.ACCEPTED);
        attendee.add(Rsvp.FALSE);
        event.add(attendee);
        event.add(new Status(status));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Weerbaar//Omgaan met intimidatie en bedreiging//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return out.toString();
    }

    private static Instant utc(LocalDateTime dutch) {
        return dutch.atZone(Amsterdam.ZONE).toInstant();
    }
}
