package nl.weerbaar.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.weerbaar.audit.application.AuditQuery;
import nl.weerbaar.platform.validation.InvalidInputException;

/** Reads the audit search's parameters as the API and the page receive them, naming the field that is wrong. */
@ApplicationScoped
public class AuditFilter {

    public AuditQuery query(String participantId, String actor, String action, String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw InvalidInputException.of("to", "weerbaar.audit.periode");
        }
        return new AuditQuery(number("participantId", participantId), actor, action, start, end);
    }

    /** The keyset cursor: the id below which the page starts. */
    public Long page(String page) {
        return number("page", page);
    }

    private static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw InvalidInputException.of(field, "weerbaar.audit.nummer");
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw InvalidInputException.of(field, "weerbaar.audit.datum");
        }
    }
}
