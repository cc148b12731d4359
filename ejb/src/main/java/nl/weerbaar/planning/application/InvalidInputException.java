package nl.weerbaar.planning.application;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/**
 * User input broke one or more rules; nothing was stored. Carries the violations themselves so
 * each client can show the messages in its user's language next to the right field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConstraintViolation<?>> violations;

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations) {
        super("invalid input: " + violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<ConstraintViolation<?>> violations() {
        return violations;
    }
}
