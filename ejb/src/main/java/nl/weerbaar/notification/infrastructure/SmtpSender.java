package nl.weerbaar.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.weerbaar.notification.domain.OutboxMail;

/**
 * Sends one outbox mail through the server's mail session (host, timeouts and TLS are the server's
 * configuration): plain text, or text with its iCalendar part as {@code multipart/alternative}. When
 * the environment variable {@value #USER} is set, it logs in with it and {@value #PASSWORD}; WildFly's
 * mail session cannot leave its credentials optional.
 */
@ApplicationScoped
public class SmtpSender {

    public static final String USER = "WEERBAAR_SMTP_USER";
    public static final String PASSWORD = "WEERBAAR_SMTP_PASSWORD";

    @Resource(lookup = "java:jboss/mail/Weerbaar")
    private Session mail;

    /** The sender address the messages carry, which is also the invitations' organizer. */
    public String from() {
        String from = mail.getProperty("mail.from");
        return from != null ? from : "weerbaar@localhost";
    }

    /** Where and how mail goes, for the log: host, port, timeouts, STARTTLS or SMTPS, whether it logs in. */
    public String describe() {
        return "smtp " + mail.getProperty("mail.smtp.host") + ":" + mail.getProperty("mail.smtp.port")
                + ", timeouts " + mail.getProperty("mail.smtp.connectiontimeout") + "/" + mail.getProperty("mail.smtp.timeout")
                + "/" + mail.getProperty("mail.smtp.writetimeout") + " ms, starttls "
                + mail.getProperty("mail.smtp.starttls.enable") + " (required " + mail.getProperty("mail.smtp.starttls.required")
                + "), ssl " + mail.getProperty("mail.smtp.ssl.enable") + ", login " + (System.getenv(USER) != null && !System.getenv(USER).isBlank());
    }

    public void send(OutboxMail row) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(row.getRecipient()));
        message.setSubject(row.getSubject(), "UTF-8");
        if (row.getCalendar() == null) {
            message.setText(row.getBody(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(row.getBody(), "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            String method = row.getCalendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            calendar.setContent(row.getCalendar(), "text/calendar; method=" + method + "; charset=UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(calendar);
            message.setContent(alternative);
        }
        String user = System.getenv(USER);
        if (user == null || user.isBlank()) {
            Transport.send(message);
        } else {
            Transport.send(message, user, System.getenv(PASSWORD));
        }
    }
}
