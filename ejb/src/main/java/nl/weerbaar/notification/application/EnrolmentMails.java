package nl.weerbaar.notification.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.weerbaar.notification.infrastructure.CalendarInvite;
import nl.weerbaar.notification.infrastructure.MailOutbox;
import nl.weerbaar.notification.infrastructure.SmtpSender;
import nl.weerbaar.people.application.Addressees;
import nl.weerbaar.people.application.Addressees.Addressee;
import nl.weerbaar.planning.application.EnrolmentChanged;
import nl.weerbaar.planning.application.query.EnrolmentFacts;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.PlanningFacts.Notice;
import nl.weerbaar.platform.PublicAddress;

/**
 * Writes the participant's e-mail about an enrolment change, in Dutch, into the {@link Outbox} in the
 * transaction of the change ({@link MailOutbox} calls it while the event is fired), exactly as it
 * will be sent. Booked, promoted and changed mails carry a METHOD:REQUEST invitation, cancellations a
 * METHOD:CANCEL for the same UID.
 */
@Stateless
public class EnrolmentMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    /** The organiser as calendars show it (CN). */
    private static final String ORGANIZER = "Nederlands Genootschap van Burgemeesters";

    /** Where she sees her enrolment, cancels it or enrols again. */
    private static final String OFFER = "/aanbod/sessies.xhtml";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH);

    @Inject
    private SmtpSender smtp;

    @EJB
    private Outbox outbox;

    @EJB
    private EnrolmentFacts planning;

    @EJB
    private Addressees addressees;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(EnrolmentChanged change) {
        Notice enrolment = planning.notice(change.enrolmentId()).orElse(null);
        Addressee to = enrolment == null ? null : addressees.of(enrolment.participantId()).orElse(null);
        if (to == null) {
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle("nl.weerbaar.notification.mails", DUTCH);
        String key = change.kind().name().toLowerCase(Locale.ROOT);
        String evaluation = PublicAddress.base() + "/deelnemer/evaluatie.xhtml?sessie=" + enrolment.sessionId();
        Object[] arguments = {to.naam(), enrolment.title(), WHEN.format(enrolment.start()), enrolment.location(),
            enrolment.waitlistPosition(), evaluation, PublicAddress.base() + OFFER};
        String subject = new MessageFormat(texts.getString(key + ".onderwerp"), DUTCH).format(arguments);
        String body = new MessageFormat(texts.getString(key + ".tekst"), DUTCH).format(arguments)
                + "\n\n" + texts.getString("afsluiting");
        outbox.write(to.email(), subject, body, invite(enrolment, to, change.kind(), smtp.from()));
    }

    /** The invitation this change carries, or null when it changes nothing in her calendar. */
    private static String invite(Notice enrolment, Addressee to, EnrolmentChanged.Kind kind, String organizer) {
        CalendarInvite.Appointment appointment = new CalendarInvite.Appointment(enrolment.enrolmentId(),
                enrolment.icalSequence(), enrolment.title(), enrolment.start(), enrolment.end(), enrolment.location(),
                new CalendarInvite.Party(ORGANIZER, organizer), new CalendarInvite.Party(to.naam(), to.email()));
        return switch (kind) {
            case BOOKED, PROMOTED -> CalendarInvite.request(appointment);
            // Only someone with a place has the appointment in her calendar to update.
            case SESSION_CHANGED -> enrolment.status() == EnrolmentStatus.BOOKED ? CalendarInvite.request(appointment) : null;
            case CANCELLED_BY_PARTICIPANT, CANCELLED_BY_NGB, SESSION_CANCELLED -> CalendarInvite.cancel(appointment);
            case WAITLISTED, REMINDER, EVALUATION_REQUESTED -> null;
        };
    }
}
