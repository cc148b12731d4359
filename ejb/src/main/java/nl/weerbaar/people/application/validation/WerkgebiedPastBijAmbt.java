package nl.weerbaar.people.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The office is known, and where it is held fits it: a gemeente for municipal offices, a province
 * for the others. Each problem is reported on its own field.
 */
@Documented
@Constraint(validatedBy = WerkgebiedPastBijAmbtValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WerkgebiedPastBijAmbt {
    String message() default "{weerbaar.deelnemer.werkgebied}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
