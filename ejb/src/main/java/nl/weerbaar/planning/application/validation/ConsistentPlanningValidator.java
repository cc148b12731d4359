package nl.weerbaar.planning.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDateTime;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.application.SessionForm;

/** Checks {@link ConsistentPlanning}; missing values are left to their own constraints. */
public class ConsistentPlanningValidator implements ConstraintValidator<ConsistentPlanning, SessionForm> {

    @Override
    public boolean isValid(SessionForm form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        Integer minimum = form.getMinParticipants();
        Integer capacity = form.getCapacity();
        // Compared only with a capacity that is itself valid: one mistake, one message.
        boolean capacityValid = capacity != null && capacity >= TrainingSession.MIN_CAPACITY
                && capacity <= TrainingSession.MAX_CAPACITY;
        if (minimum != null && (minimum < 1 || (capacityValid && minimum > capacity))) {
            valid = violation(context, "{weerbaar.sessie.minimum.bereik}", "minParticipants");
        }
        if (notBefore(form.getEnrolmentDeadline(), form.getStart())) {
            valid = violation(context, "{weerbaar.sessie.deadline.voor.start}", "enrolmentDeadline");
        }
        if (notBefore(form.getCancellationDeadline(), form.getStart())) {
            valid = violation(context, "{weerbaar.sessie.deadline.voor.start}", "cancellationDeadline");
        }
        return valid;
    }

    private static boolean notBefore(LocalDateTime deadline, LocalDateTime start) {
        return deadline != null && start != null && !deadline.isBefore(start);
    }

    private static boolean violation(ConstraintValidatorContext context, String template, String field) {
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
