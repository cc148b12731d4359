package nl.weerbaar.notification.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which mails may go out now: per recipient only her oldest unsent mail, and only when it is due
 * and not dead. So her mails arrive in the order they were made, and a younger one waits while an
 * older one is retried or lies dead.
 */
public final class DeliveryOrder {

    private DeliveryOrder() {
    }

    /** From unsent mails oldest first: those to send now, oldest first. */
    public static List<OutboxMail> sendable(List<OutboxMail> unsentOldestFirst, LocalDateTime now) {
        Set<String> seen = new HashSet<>();
        List<OutboxMail> sendable = new ArrayList<>();
        for (OutboxMail mail : unsentOldestFirst) {
            if (seen.add(mail.getRecipient().toLowerCase(java.util.Locale.ROOT)) && mail.isDueAt(now)) {
                sendable.add(mail);
            }
        }
        return sendable;
    }
}
