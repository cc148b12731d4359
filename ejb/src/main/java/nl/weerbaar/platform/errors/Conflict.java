package nl.weerbaar.platform.errors;

import jakarta.ejb.ApplicationException;

/**
 * The request is understood but the state forbids it (a second enrolment, a closed session, a
 * passed deadline, a forbidden status change): answered as 409, nothing changed.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] arguments;

    /** @param messageKey the UI text (web bundle) that explains the conflict */
    public Conflict(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
