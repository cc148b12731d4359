package nl.weerbaar.planning.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A session ends after it starts; the violation is reported on the field {@code end}. */
@Documented
@Constraint(validatedBy = ChronologicalPeriodValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ChronologicalPeriod {
    String message() default "{weerbaar.sessie.einde.na.start}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
