package nl.weerbaar.planning.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The text is the official name of one of the twelve provinces. */
@Documented
@Constraint(validatedBy = KnownProvincieValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownProvincie {
    String message() default "{weerbaar.sessie.provincie.onbekend}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
