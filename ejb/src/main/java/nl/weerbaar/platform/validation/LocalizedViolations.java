package nl.weerbaar.platform.validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Turns the violations a service reported into one message per field in the user's language, so the
 * page can put each next to its field and the API can name the field.
 */
@ApplicationScoped
public class LocalizedViolations {

    @Inject
    private ValidatorFactory validatorFactory;

    /** Every problem of a refused input: field name to message in the user's language. */
    public Map<String, String> byField(InvalidInputException problem, Locale locale) {
        Map<String, String> messages = byField(problem.violations(), locale);
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale);
        problem.messageKeysByField().forEach((field, key) -> messages.merge(field, bundle.getString(key), (a, b) -> a + " " + b));
        return messages;
    }

    /** Field name to message, in the order reported; several messages for one field are joined. */
    public Map<String, String> byField(List<ConstraintViolation<?>> violations, Locale locale) {
        MessageInterpolator interpolator = validatorFactory.getMessageInterpolator();
        Map<String, String> messages = new LinkedHashMap<>();
        for (ConstraintViolation<?> v : violations) {
            String message = interpolator.interpolate(v.getMessageTemplate(), new Context(v), locale);
            messages.merge(v.getPropertyPath().toString(), message, (a, b) -> a + " " + b);
        }
        return messages;
    }

    /** The interpolation context of a violation that already happened. */
    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("no provider-specific context here");
        }
    }
}
