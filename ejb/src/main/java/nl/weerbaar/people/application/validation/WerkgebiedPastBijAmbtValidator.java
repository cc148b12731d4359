package nl.weerbaar.people.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.weerbaar.people.application.ParticipantForm;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.people.domain.Provincie;

/** Checks {@link WerkgebiedPastBijAmbt} on the form alone; whether a gemeente exists is the service's check. */
public class WerkgebiedPastBijAmbtValidator implements ConstraintValidator<WerkgebiedPastBijAmbt, ParticipantForm> {

    @Override
    public boolean isValid(ParticipantForm form, ConstraintValidatorContext context) {
        if (form == null || form.getAmbt() == null || form.getAmbt().isBlank()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Ambt ambt = Ambt.metNaam(form.getAmbt()).orElse(null);
        if (ambt == null) {
            return violation(context, "{weerbaar.deelnemer.ambt.onbekend}", "ambt");
        }
        if (ambt.gemeentelijk() && (form.getGemeenteCode() == null || form.getGemeenteCode().isBlank())) {
            return violation(context, "{weerbaar.deelnemer.gemeente.verplicht}", "gemeenteCode");
        }
        if (!ambt.gemeentelijk() && (form.getProvincie() == null || Provincie.metNaam(form.getProvincie()).isEmpty())) {
            return violation(context, "{weerbaar.deelnemer.provincie.verplicht}", "provincie");
        }
        return true;
    }

    private static boolean violation(ConstraintValidatorContext context, String template, String field) {
        context.buildConstraintViolationWithTemplate(template).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
