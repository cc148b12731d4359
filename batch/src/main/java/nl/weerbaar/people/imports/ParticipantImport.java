package nl.weerbaar.people.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.people.application.ParticipantForm;
import nl.weerbaar.people.application.ParticipantRegister;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.platform.security.Roles;
import org.apache.poi.ss.usermodel.Row;
import nl.weerbaar.platform.imports.ImportRejected;
import nl.weerbaar.platform.imports.ImportTexts;
import nl.weerbaar.platform.imports.RowProblem;
import nl.weerbaar.platform.imports.Sheet;

/**
 * Imports office holders from an .xlsx with the columns of {@link #HEADER}. All or nothing: every
 * row is checked first (as a single registration would be, plus duplicates within the file), and
 * only a file without problems is stored, in one transaction.
 */
@Stateless
@RolesAllowed(Roles.NGB)
public class ParticipantImport {

    static final List<String> HEADER = List.of("naam", "e-mail", "telefoon", "ambt", "gemeentecode", "provincie",
            "in functie sinds");

    /** Form field to column header, for naming the column of a problem. */
    private static final Map<String, String> COLUMN = Map.of("naam", "naam", "email", "e-mail", "telefoon", "telefoon",
            "ambt", "ambt", "gemeenteCode", "gemeentecode", "provincie", "provincie", "inFunctieSinds", "in functie sinds");

    @EJB
    private ParticipantRegister register;

    /** @return how many participants were stored */
    public int importFile(byte[] content, Locale locale) {
        Sheet sheet = Sheet.open(content, HEADER, locale);
        List<RowProblem> problems = new ArrayList<>();
        List<ParticipantForm> forms = new ArrayList<>();
        Map<String, Integer> firstRowOfEmail = new HashMap<>();
        for (Row row : sheet.rows()) {
            int number = Sheet.number(row);
            ParticipantForm form = new ParticipantForm();
            form.setNaam(Sheet.text(row, 0));
            form.setEmail(Sheet.text(row, 1));
            form.setTelefoon(Sheet.text(row, 2));
            form.setAmbt(Sheet.text(row, 3));
            form.setGemeenteCode(Sheet.text(row, 4));
            form.setProvincie(Sheet.text(row, 5));
            try {
                LocalDate since = Sheet.date(row, 6);
                form.setInFunctieSinds(since);
            } catch (DateTimeParseException e) {
                problems.add(new RowProblem(number, "in functie sinds", ImportTexts.get(locale, "datum.ongeldig", e.getParsedString())));
            }
            register.problems(form, locale).forEach((field, message) -> {
                if (!(field.equals("inFunctieSinds") && hasProblem(problems, number, "in functie sinds"))) {
                    problems.add(new RowProblem(number, COLUMN.getOrDefault(field, field), message));
                }
            });
            if (!form.getEmail().isBlank()) {
                Integer earlier = firstRowOfEmail.putIfAbsent(Participant.normalizedEmail(form.getEmail()), number);
                if (earlier != null) {
                    problems.add(new RowProblem(number, "e-mail", ImportTexts.get(locale, "email.dubbel", earlier)));
                }
            }
            forms.add(form);
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        forms.forEach(register::register);
        return forms.size();
    }

    private static boolean hasProblem(List<RowProblem> problems, int row, String column) {
        return problems.stream().anyMatch(p -> p.row() != null && p.row() == row && column.equals(p.column()));
    }
}
