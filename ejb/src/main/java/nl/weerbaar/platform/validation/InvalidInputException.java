package nl.weerbaar.platform.validation;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * User input broke one or more rules; nothing was stored. Carries the Bean Validation violations
 * themselves, and for rules that need the database (an unknown gemeente, an e-mail address in use)
 * a message key of the ValidationMessages bundle per field, so each client can show the messages
 * in its user's language next to the right field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConstraintViolation<?>> violations;
    private final Map<String, String> messageKeysByField;

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations) {
        this(violations, Map.of());
    }

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations, Map<String, String> messageKeysByField) {
        super("invalid input: " + (violations.size() + messageKeysByField.size()) + " problem(s)");
        this.violations = List.copyOf(violations);
        this.messageKeysByField = new LinkedHashMap<>(messageKeysByField);
    }

    /** A single problem found outside Bean Validation. */
    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Set.of(), Map.of(field, messageKey));
    }

    public List<ConstraintViolation<?>> violations() {
        return violations;
    }

    /** Field name to message key (without braces) in the ValidationMessages bundle. */
    public Map<String, String> messageKeysByField() {
        return Map.copyOf(messageKeysByField);
    }
}
