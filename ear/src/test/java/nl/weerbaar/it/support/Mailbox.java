package nl.weerbaar.it.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reading what GreenMail received: mails leave the server asynchronously, after the commit. */
public final class Mailbox {

    private Mailbox() {
    }

    /** The port the test server's mail session sends to: WEERBAAR_SMTP_PORT, as configure.cli reads it, else 2525. */
    public static int smtpPort() {
        String configured = System.getenv("WEERBAAR_SMTP_PORT");
        return configured == null || configured.isBlank() ? 2525 : Integer.parseInt(configured.trim());
    }

    /** The GreenMail SMTP server the test server's mail session sends to (localhost, no authentication). */
    public static GreenMailExtension server() {
        return new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup(smtpPort(), "127.0.0.1",
                com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                        .withDisabledAuthentication());
    }

    /** The mails to this address so far, in arrival order. */
    public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits (at most 20 s) for the n-th mail to this address. */
    public static MimeMessage await(GreenMailExtension smtp, String address, int nth) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)) {
            List<MimeMessage> mine = to(smtp, address);
            if (mine.size() >= nth) {
                return mine.get(nth - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail number " + nth + " to " + address + " within 20 s");
    }

    /**
     * The token of the link to {@code page} (e.g. "uitnodiging.xhtml") in the mail's text, decoded as the
     * page receives it; the test fails when the mail has no such link.
     */
    public static String linkToken(MimeMessage mail, String page) {
        try {
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("/" + java.util.regex.Pattern.quote(page)
                    + "\\?token=([A-Za-z0-9_%-]+)").matcher((String) mail.getContent());
            if (!link.find()) {
                throw new AssertionError("no link to " + page + " in the mail \"" + mail.getSubject() + "\"");
            }
            return java.net.URLDecoder.decode(link.group(1), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
