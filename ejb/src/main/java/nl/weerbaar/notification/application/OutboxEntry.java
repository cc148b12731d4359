package nl.weerbaar.notification.application;

import java.time.LocalDateTime;
import nl.weerbaar.notification.domain.OutboxMail;

/** A mail in the outbox as the administrator sees it (no body: it may hold an invitation link). */
public record OutboxEntry(long id, String recipient, String subject, LocalDateTime createdAt, LocalDateTime dueAt,
        int attempts, String lastError, LocalDateTime sentAt, boolean dead) {

    static OutboxEntry of(OutboxMail m) {
        return new OutboxEntry(m.getId(), m.getRecipient(), m.getSubject(), m.getCreatedAt(), m.getDueAt(),
                m.getAttempts(), m.getLastError(), m.getSentAt(), m.isDead());
    }
}
