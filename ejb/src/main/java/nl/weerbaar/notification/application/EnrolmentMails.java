package nl.weerbaar.notification.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.weerbaar.notification.infrastructure.CalendarInvite;
import nl.weerbaar.notification.infrastructure.MailOutbox;
import nl.weerbaar.people.application.Addressees;
import nl.weerbaar.people.application.Addressees.Addressee;
import nl.weerbaar.planning.application.EnrolmentChanged;
import nl.weerbaar.planning.application.query.EnrolmentFacts;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.PlanningFacts.Notice;
import nl.weerbaar.platform.PublicAddress;

/**
 * Sends the participant her e-mail about an enrolment change, in Dutch ({@link MailOutbox}
 * calls it after the commit, outside the request): a mail server that is down costs a logged
 * warning, never an enrolment. Booked, promoted and changed mails carry a METHOD:REQUEST invitation, cancellations a
 * METHOD:CANCEL for the same UID.
 */
@Stateless
public class EnrolmentMails {

    private static final Logger LOG = Logger.getLogger(EnrolmentMails.class.getName());
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", DUTCH);

    @Resource(lookup = "java:jboss/mail/Weerbaar")
    private Session mail;

    @EJB
    private EnrolmentFacts planning;

    @EJB
    private Addressees addressees;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(EnrolmentChanged change) {
        Notice enrolment = planning.notice(change.enrolmentId()).orElse(null);
        Addressee to = enrolment == null ? null : addressees.of(enrolment.participantId()).orElse(null);
        if (to == null) {
            return;
        }
        try {
            Transport.send(compose(enrolment, to, change.kind()));
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send the " + change.kind() + " mail for enrolment "
                    + change.enrolmentId() + ": " + e.getMessage());
        }
    }

    private MimeMessage compose(Notice enrolment, Addressee to, EnrolmentChanged.Kind kind) throws MessagingException {
        ResourceBundle texts = ResourceBundle.getBundle("nl.weerbaar.notification.mails", DUTCH);
        String key = kind.name().toLowerCase(Locale.ROOT);
        String evaluation = PublicAddress.base() + "/deelnemer/evaluatie.xhtml?sessie=" + enrolment.sessionId();
        Object[] arguments = {to.naam(), enrolment.title(), WHEN.format(enrolment.start()), enrolment.location(),
            enrolment.waitlistPosition(), evaluation};
        String from = mail.getProperty("mail.from") != null ? mail.getProperty("mail.from") : "weerbaar@localhost";

        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.email()));
        message.setSubject(new MessageFormat(texts.getString(key + ".onderwerp"), DUTCH).format(arguments), "UTF-8");
        String body = new MessageFormat(texts.getString(key + ".tekst"), DUTCH).format(arguments)
                + "\n\n" + texts.getString("afsluiting");
        String invite = invite(enrolment, to, kind, from);
        if (invite == null) {
            message.setText(body, "UTF-8");
            return message;
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart calendar = new MimeBodyPart();
        String method = invite.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
        calendar.setContent(invite,
                "text/calendar; method=" + method + "; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(calendar);
        message.setContent(alternative);
        return message;
    }

    /** The invitation this change carries, or null when it changes nothing in her calendar. */
    private static String invite(Notice enrolment, Addressee to, EnrolmentChanged.Kind kind, String organizer) {
        CalendarInvite.Appointment appointment = new CalendarInvite.Appointment(enrolment.enrolmentId(),
                enrolment.icalSequence(), enrolment.title(), enrolment.start(), enrolment.end(), enrolment.location(),
                organizer, to.email());
        return switch (kind) {
            case BOOKED, PROMOTED -> CalendarInvite.request(appointment);
            // Only someone with a place has the appointment in her calendar to update.
            case SESSION_CHANGED -> enrolment.status() == EnrolmentStatus.BOOKED ? CalendarInvite.request(appointment) : null;
            case CANCELLED_BY_PARTICIPANT, CANCELLED_BY_NGB, SESSION_CANCELLED -> CalendarInvite.cancel(appointment);
            case WAITLISTED, REMINDER, EVALUATION_REQUESTED -> null;
        };
    }
}
