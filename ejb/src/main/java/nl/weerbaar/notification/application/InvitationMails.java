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

/** Writes the invitation e-mail (a participant's or a staff member's) with the single-use link to create an account into the outbox, in the invitation's transaction. */
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
        // Staff are invited by the administrator, to a working account: their own text and closing.
        String kind = invitation.staff() ? "uitnodiging.staf" : "uitnodiging";
        String closing = invitation.staff() ? "afsluiting.staf" : "afsluiting";
        outbox.write(invitation.email(), texts.getString(kind + ".onderwerp"),
                new MessageFormat(texts.getString(kind + ".tekst"), DUTCH).format(arguments)
                        + "\n\n" + texts.getString(closing), null);
    }
}
