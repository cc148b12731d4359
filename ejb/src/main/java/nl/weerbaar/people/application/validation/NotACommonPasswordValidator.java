package nl.weerbaar.people.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.weerbaar.people.domain.account.CommonPasswords;

/** Checks {@link NotACommonPassword}; an empty value is left to {@code @NotBlank}. */
public class NotACommonPasswordValidator implements ConstraintValidator<NotACommonPassword, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return password == null || password.isBlank() || !CommonPasswords.contains(password);
    }
}
