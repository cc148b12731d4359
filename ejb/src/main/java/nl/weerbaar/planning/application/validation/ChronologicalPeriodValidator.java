package nl.weerbaar.planning.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.weerbaar.planning.application.SessionForm;

/** Checks {@link ChronologicalPeriod}; missing dates are left to their own {@code @NotNull}. */
public class ChronologicalPeriodValidator implements ConstraintValidator<ChronologicalPeriod, SessionForm> {

    @Override
    public boolean isValid(SessionForm form, ConstraintValidatorContext context) {
        if (form == null || form.getStart() == null || form.getEnd() == null || form.getEnd().isAfter(form.getStart())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("end")
                .addConstraintViolation();
        return false;
    }
}
