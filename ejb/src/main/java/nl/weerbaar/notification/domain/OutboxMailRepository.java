package nl.weerbaar.notification.domain;

import java.util.List;
import java.util.Optional;

/** The outbox's mails. */
public interface OutboxMailRepository {

    void store(OutboxMail mail);

    Optional<OutboxMail> find(long id);

    /** Up to {@code limit} unsent mails, dead ones included, oldest first (the worker's view). */
    List<OutboxMail> unsentOldestFirst(int limit);

    /** Deletes every mail to this address, sent or not (erasure); returns how many. */
    int deleteAllTo(String recipient);

    /** Deletes the mails sent before this time; returns how many. */
    int deleteSentBefore(java.time.LocalDateTime before);

    /** The counts of waiting and dead mails and the age of the oldest waiting one (health and metrics). */
    OutboxBacklog backlog();

    /** Up to {@code limit} mails in this state, newest first (the administrator's view). */
    List<OutboxMail> inState(OutboxState state, int limit);
}
