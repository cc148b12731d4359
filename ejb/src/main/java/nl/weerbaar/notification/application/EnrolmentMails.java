package nl.weerbaar.notification.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.weerbaar.planning.application.EnrolmentChanged;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.PublicAddress;
import nl.weerbaar.notification.infrastructure.CalendarInvite;
import nl.weerbaar.notification.infrastructure.MailOutbox;

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

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Inject
    private EnrolmentRepository enrolments;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void send(EnrolmentChanged change) {
        Enrolment enrolment = em.find(Enrolment.class, change.enrolmentId());
        if (enrolment == null) {
            return;
        }
        try {
            Transport.send(compose(enrolment, change.kind()));
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send the " + change.kind() + " mail for enrolment "
                    + change.enrolmentId() + ": " + e.getMessage());
        }
    }

    private MimeMessage compose(Enrolment enrolment, EnrolmentChanged.Kind kind) throws MessagingException {
        TrainingSession session = enrolment.getSession();
        ResourceBundle texts = ResourceBundle.getBundle("nl.weerbaar.notification.mails", DUTCH);
        String key = kind.name().toLowerCase(Locale.ROOT);
        int position = enrolment.getStatus() == EnrolmentStatus.WAITLISTED ? enrolments.waitlistPosition(enrolment) : 0;
        Object[] arguments = {enrolment.getParticipant().getNaam(), session.getTitle(), WHEN.format(session.getStart()),
            session.getLocation(), position, PublicAddress.base() + "/deelnemer/evaluatie.xhtml?sessie=" + session.getId()};
        String from = mail.getProperty("mail.from") != null ? mail.getProperty("mail.from") : "weerbaar@localhost";

        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(enrolment.getParticipant().getEmail()));
        message.setSubject(new MessageFormat(texts.getString(key + ".onderwerp"), DUTCH).format(arguments), "UTF-8");
        String body = new MessageFormat(texts.getString(key + ".tekst"), DUTCH).format(arguments)
                + "\n\n" + texts.getString("afsluiting");
        String invite = invite(enrolment, kind, from);
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
    private static String invite(Enrolment enrolment, EnrolmentChanged.Kind kind, String organizer) {
        TrainingSession s = enrolment.getSession();
        CalendarInvite.Appointment appointment = new CalendarInvite.Appointment(enrolment.getId(),
                enrolment.getIcalSequence(), s.getTitle(), s.getStart(), s.getEnd(), s.getLocation(), organizer,
                enrolment.getParticipant().getEmail());
        return switch (kind) {
            case BOOKED, PROMOTED -> CalendarInvite.request(appointment);
            // Only someone with a place has the appointment in her calendar to update.
            case SESSION_CHANGED -> enrolment.getStatus() == EnrolmentStatus.BOOKED ? CalendarInvite.request(appointment) : null;
            case CANCELLED_BY_PARTICIPANT, CANCELLED_BY_NGB, SESSION_CANCELLED -> CalendarInvite.cancel(appointment);
            case WAITLISTED, REMINDER, EVALUATION_REQUESTED -> null;
        };
    }
}
