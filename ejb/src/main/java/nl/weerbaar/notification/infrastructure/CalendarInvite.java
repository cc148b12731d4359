package nl.weerbaar.notification.infrastructure;

import java.net.URI;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import nl.weerbaar.platform.Amsterdam;

/**
 * An iCalendar invitation for one enrolment: a stable UID per enrolment and its change counter as
 * SEQUENCE, so calendars update or remove the same appointment; times in Europe/Amsterdam with the
 * zone's definition included.
 */
public final class CalendarInvite {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvite() {
    }

    /** What the invitation is about. */
    public record Appointment(long enrolmentId, int sequence, String title, java.time.LocalDateTime start,
            java.time.LocalDateTime end, String location, String organizer, String attendee) {
    }

    /** METHOD:REQUEST — add or update the appointment. */
    public static String request(Appointment appointment) {
        return build(appointment, Method.VALUE_REQUEST, Status.VALUE_CONFIRMED);
    }

    /** METHOD:CANCEL — remove the appointment. */
    public static String cancel(Appointment appointment) {
        return build(appointment, Method.VALUE_CANCEL, Status.VALUE_CANCELLED);
    }

    private static String build(Appointment a, String method, String status) {
        ZonedDateTime start = a.start().atZone(Amsterdam.ZONE);
        ZonedDateTime end = a.end().atZone(Amsterdam.ZONE);
        VEvent event = new VEvent(start, end, a.title());
        event.add(new Uid("enrolment-" + a.enrolmentId() + "@weerbaar"));
        event.add(new Sequence(a.sequence()));
        event.add(new Location(a.location()));
        event.add(new Organizer(URI.create("mailto:" + a.organizer())));
        event.add(new Attendee(URI.create("mailto:" + a.attendee())));
        event.add(new Status(status));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Weerbaar//Omgaan met intimidatie en bedreiging//NL"));
        calendar.add(new Version("2.0", "2.0"));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(method));
        calendar.add(ZONES.getTimeZone(Amsterdam.ZONE.getId()).getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }
}
