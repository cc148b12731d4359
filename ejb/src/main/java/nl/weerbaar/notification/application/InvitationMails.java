package nl.weerbaar.notification.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.weerbaar.people.application.InvitationIssued;
import nl.weerbaar.platform.PublicAddress;

/** Writes the invitation e-mail with the single-use link to create an account into the outbox, in the invitation's transaction. */
@Stateless
public class InvitationMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @EJB
    private Outbox outbox;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(InvitationIssued invitation) {
        ResourceBundle texts = ResourceBundle.getBundle("nl.weerbaar.notification.mails", DUTCH);
        String link = PublicAddress.base() + "/uitnodiging.xhtml?token="
                + URLEncoder.encode(invitation.token(), StandardCharsets.UTF_8);
        Object[] arguments = {invitation.name(), link,
            DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH).format(invitation.expires())};
        outbox.write(invitation.email(), texts.getString("uitnodiging.onderwerp"),
                new MessageFormat(texts.getString("uitnodiging.tekst"), DUTCH).format(arguments)
                        + "\n\n" + texts.getString("afsluiting"), null);
    }
}
