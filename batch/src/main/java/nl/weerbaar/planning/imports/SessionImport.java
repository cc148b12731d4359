package nl.weerbaar.planning.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.SessionForm;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.platform.Amsterdam;
import org.apache.poi.ss.usermodel.Row;
import nl.weerbaar.people.imports.ParticipantImport;
import nl.weerbaar.platform.imports.ImportRejected;
import nl.weerbaar.platform.imports.ImportTexts;
import nl.weerbaar.platform.imports.RowProblem;
import nl.weerbaar.platform.imports.Sheet;

/**
 * Imports planned sessions from an .xlsx with the columns of {@link #HEADER}; all or nothing, as
 * {@link ParticipantImport}. A session that starts in the past is refused.
 */
@Stateless
@RolesAllowed(Roles.NGB)
public class SessionImport {

    static final List<String> HEADER = List.of("titel", "begin", "einde", "locatie", "provincie", "plaatsen");

    private static final Map<String, String> COLUMN = Map.of("title", "titel", "start", "begin", "end", "einde",
            "location", "locatie", "province", "provincie", "capacity", "plaatsen");

    @EJB
    private TrainingSessionService sessions;

    /** @return how many sessions were stored */
    public int importFile(byte[] content, Locale locale) {
        Sheet sheet = Sheet.open(content, HEADER, locale);
        List<RowProblem> problems = new ArrayList<>();
        List<SessionForm> forms = new ArrayList<>();
        LocalDateTime now = Amsterdam.now();
        for (Row row : sheet.rows()) {
            int number = Sheet.number(row);
            List<String> unreadable = new ArrayList<>();
            SessionForm form = new SessionForm();
            form.setTitle(Sheet.text(row, 0));
            form.setStart(dateTime(row, 1, number, "begin", problems, unreadable, locale));
            form.setEnd(dateTime(row, 2, number, "einde", problems, unreadable, locale));
            form.setLocation(Sheet.text(row, 3));
            form.setProvince(Sheet.text(row, 4));
            String capacity = Sheet.text(row, 5);
            if (!capacity.isEmpty()) {
                try {
                    form.setCapacity(Integer.valueOf(capacity));
                } catch (NumberFormatException e) {
                    problems.add(new RowProblem(number, "plaatsen", ImportTexts.get(locale, "getal.ongeldig", capacity)));
                    unreadable.add("plaatsen");
                }
            }
            if (form.getStart() != null && form.getStart().isBefore(now)) {
                problems.add(new RowProblem(number, "begin", ImportTexts.get(locale, "begin.verleden")));
            }
            sessions.problems(form, locale).forEach((field, message) -> {
                String column = COLUMN.getOrDefault(field, field);
                if (!unreadable.contains(column)) {
                    problems.add(new RowProblem(number, column, message));
                }
            });
            forms.add(form);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        forms.forEach(sessions::schedule);
        return forms.size();
    }

    private static LocalDateTime dateTime(Row row, int column, int number, String name, List<RowProblem> problems,
            List<String> unreadable, Locale locale) {
        try {
            return Sheet.dateTime(row, column);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(number, name, ImportTexts.get(locale, "datumtijd.ongeldig", e.getParsedString())));
            unreadable.add(name);
            return null;
        }
    }
}
