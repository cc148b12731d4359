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
import nl.weerbaar.people.application.account.PasswordResetIssued;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.PublicAddress;

/** Writes the e-mail with the single-use link to choose a new password into the outbox, in the reset's transaction. */
@Stateless
public class PasswordResetMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @EJB
    private Outbox outbox;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(PasswordResetIssued reset) {
        ResourceBundle texts = ResourceBundle.getBundle("nl.weerbaar.notification.mails", DUTCH);
        String link = PublicAddress.base() + "/wachtwoord-herstellen.xhtml?token="
                + URLEncoder.encode(reset.token(), StandardCharsets.UTF_8);
        Object[] arguments = {reset.name(), link,
            DateTimeFormatter.ofPattern("HH:mm", DUTCH).withZone(Amsterdam.ZONE).format(reset.expires())};
        outbox.write(reset.email(), texts.getString("wachtwoord.herstel.onderwerp"),
                new MessageFormat(texts.getString("wachtwoord.herstel.tekst"), DUTCH).format(arguments)
                        + "\n\n" + texts.getString("afsluiting"), null);
    }
}
