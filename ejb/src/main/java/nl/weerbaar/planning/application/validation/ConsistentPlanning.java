package nl.weerbaar.planning.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The minimum fits the capacity and both deadlines lie before the start; each problem is
 * reported on its own field.
 */
@Documented
@Constraint(validatedBy = ConsistentPlanningValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentPlanning {
    String message() default "{weerbaar.sessie.planning.onlogisch}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
