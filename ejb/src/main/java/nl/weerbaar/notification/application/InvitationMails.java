package nl.weerbaar.notification.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.weerbaar.people.application.InvitationIssued;
import nl.weerbaar.platform.PublicAddress;

/** Sends the invitation e-mail with the single-use link to create an account. */
@Stateless
public class InvitationMails {

    private static final Logger LOG = Logger.getLogger(InvitationMails.class.getName());
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Resource(lookup = "java:jboss/mail/Weerbaar")
    private Session mail;

    public void send(InvitationIssued invitation) {
        ResourceBundle texts = ResourceBundle.getBundle("nl.weerbaar.notification.mails", DUTCH);
        String link = PublicAddress.base() + "/uitnodiging.xhtml?token="
                + URLEncoder.encode(invitation.token(), StandardCharsets.UTF_8);
        Object[] arguments = {invitation.name(), link,
            DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH).format(invitation.expires())};
        try {
            MimeMessage message = new MimeMessage(mail);
            String from = mail.getProperty("mail.from");
            message.setFrom(new InternetAddress(from != null ? from : "weerbaar@localhost"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(invitation.email()));
            message.setSubject(texts.getString("uitnodiging.onderwerp"), "UTF-8");
            message.setText(new MessageFormat(texts.getString("uitnodiging.tekst"), DUTCH).format(arguments)
                    + "\n\n" + texts.getString("afsluiting"), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send the invitation mail: " + e.getMessage());
        }
    }
}
