package nl.weerbaar.planning.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.weerbaar.people.domain.Provincie;

/** Checks {@link KnownProvincie}; an empty value is left to {@code @NotBlank}. */
public class KnownProvincieValidator implements ConstraintValidator<KnownProvincie, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Provincie.metNaam(value).isPresent();
    }
}
