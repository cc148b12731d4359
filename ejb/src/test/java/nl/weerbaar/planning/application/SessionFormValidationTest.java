package nl.weerbaar.planning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SessionFormValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static SessionForm valid() {
        SessionForm form = new SessionForm();
        form.setTitle("Omgaan met intimidatie en bedreiging");
        form.setStart(LocalDateTime.of(2027, 3, 1, 9, 0));
        form.setEnd(LocalDateTime.of(2027, 3, 1, 17, 0));
        form.setLocation("Utrecht");
        form.setProvince("Utrecht");
        return form;
    }

    private static Map<String, String> messagesByField(SessionForm form) {
        Set<ConstraintViolation<SessionForm>> violations = validator.validate(form);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " | " + b));
    }

    @Test
    void aCompleteFormIsValidAndDefaultsToEightPlaces() {
        SessionForm form = valid();
        assertEquals(8, form.getCapacity());
        assertTrue(messagesByField(form).isEmpty());
    }

    @Test
    void endBeforeStartIsReportedOnTheEndFieldInDutch() {
        SessionForm form = valid();
        form.setEnd(form.getStart().minusHours(1));
        assertEquals(Map.of("end", "Het einde moet na het begin liggen."), messagesByField(form));
    }

    @Test
    void capacityOutsideOneToThirtyIsRejected() {
        SessionForm form = valid();
        form.setCapacity(0);
        assertEquals(Map.of("capacity", "Het aantal plaatsen moet tussen 1 en 30 liggen."), messagesByField(form));
        form.setCapacity(31);
        assertEquals(Map.of("capacity", "Het aantal plaatsen moet tussen 1 en 30 liggen."), messagesByField(form));
        form.setCapacity(30);
        assertTrue(messagesByField(form).isEmpty());
    }

    @Test
    void theMinimumMustFitTheCapacity() {
        SessionForm form = valid();
        form.setCapacity(6);
        form.setMinParticipants(7);
        assertEquals(Map.of("minParticipants",
                "Het minimum aantal deelnemers moet tussen 1 en het aantal plaatsen liggen."), messagesByField(form));
        form.setMinParticipants(6);
        assertTrue(messagesByField(form).isEmpty());
    }

    @Test
    void deadlinesLieBeforeTheStart() {
        SessionForm form = valid();
        form.setEnrolmentDeadline(form.getStart());
        form.setCancellationDeadline(form.getStart().plusDays(1));
        assertEquals(Map.of("enrolmentDeadline", "Deze termijn moet voor het begin van de sessie liggen.",
                "cancellationDeadline", "Deze termijn moet voor het begin van de sessie liggen."), messagesByField(form));
        form.setEnrolmentDeadline(form.getStart().minusMinutes(1));
        form.setCancellationDeadline(form.getStart().minusDays(7));
        assertTrue(messagesByField(form).isEmpty());
    }

    @Test
    void unknownProvinceIsRejected() {
        SessionForm form = valid();
        form.setProvince("Zuid-Brabant");
        assertEquals(Map.of("province", "Onbekende provincie; kies een van de twaalf provincies."),
                messagesByField(form));
    }

    @Test
    void everyMissingFieldIsNamed() {
        SessionForm form = new SessionForm();
        form.setCapacity(null);
        assertEquals(Set.of("title", "start", "end", "location", "province", "capacity"),
                messagesByField(form).keySet());
    }

    @Test
    void englishHasEveryDutchValidationMessage() throws java.io.IOException {
        assertEquals(keys("/ValidationMessages.properties"), keys("/ValidationMessages_en.properties"));
        assertTrue(keys("/ValidationMessages_nl.properties").isEmpty(), "Dutch lives in the base bundle");
    }

    private static Set<String> keys(String resource) throws java.io.IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = SessionFormValidationTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }
}
