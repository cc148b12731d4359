package nl.weerbaar.platform.errors;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist (or the caller may not know that it does): answered as 404. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    /** @param messageKey the UI text (web bundle) that tells the user what was not found */
    public NotFound(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
