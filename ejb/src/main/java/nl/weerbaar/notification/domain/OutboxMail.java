package nl.weerbaar.notification.domain;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One e-mail in the outbox, written in the transaction of the change that causes it and holding
 * exactly what will be sent. Lifecycle: pending (due now or after a back-off) → sent; or, after
 * {@link RetryPolicy#maxAttempts()} failures, dead until an administrator resends it. The id gives
 * the creation order.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    private static final int ERROR_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 500, updatable = false)
    private String subject;

    @Column(nullable = false, length = 20000, updatable = false)
    private String body;

    /** The iCalendar text (METHOD:REQUEST or CANCEL), or null for a plain mail. */
    @Column(length = 20000, updatable = false)
    private String calendar;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(nullable = false)
    private boolean dead;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String recipient, String subject, String body, String calendar, LocalDateTime now) {
        this.recipient = requireNonNull(recipient, "recipient");
        this.subject = requireNonNull(subject, "subject");
        this.body = requireNonNull(body, "body");
        this.calendar = calendar;
        this.createdAt = requireNonNull(now, "now");
        this.dueAt = now;
    }

    /** It went out: never send it again. */
    public void sent(LocalDateTime now) {
        sentAt = now;
        lastError = null;
    }

    /** Sending failed: try again after the policy's back-off, or give up when it says so. */
    public void failed(String error, LocalDateTime now, RetryPolicy policy) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        dead = policy.givesUpAfter(attempts);
        dueAt = now.plus(policy.delayAfter(attempts));
    }

    /** An administrator sends a dead mail again: due now, with a fresh count of attempts. */
    public void resend(LocalDateTime now) {
        if (sentAt != null) {
            throw new IllegalStateException("mail " + id + " was sent at " + sentAt);
        }
        dead = false;
        attempts = 0;
        dueAt = now;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean isDueAt(LocalDateTime now) {
        return sentAt == null && !dead && !dueAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public boolean isDead() {
        return dead;
    }
}
