package nl.weerbaar.notification.domain;

/** How far a mail is, as the administrator filters them. */
public enum OutboxState {
    /** Not sent yet, still being tried. */
    PENDING,
    /** Given up after too many failures; waits for an administrator. */
    DEAD,
    SENT
}
