package nl.weerbaar.web.people;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.people.application.ParticipantView;

/** A participant picked in a form travels as her id. */
@FacesConverter(forClass = ParticipantView.class, managed = true)
public class ParticipantConverter implements Converter<ParticipantView> {

    @Inject
    private ParticipantRegister register;

    @Override
    public ParticipantView getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return register.find(Long.parseLong(value)).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ParticipantView value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
