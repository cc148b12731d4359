package nl.weerbaar.people.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The password is not one of the most common ones ({@link nl.weerbaar.people.domain.account.CommonPasswords}). */
@Constraint(validatedBy = NotACommonPasswordValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotACommonPassword {
    String message() default "{weerbaar.account.wachtwoord.bekend}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
