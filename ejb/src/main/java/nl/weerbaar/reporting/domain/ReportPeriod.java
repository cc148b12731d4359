package nl.weerbaar.reporting.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.Quarter;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * A reporting period: a year from 2020 up to next year, or one quarter of it (quarter null: the
 * whole year). The one place that parses and checks a report's year and quarter; a period that
 * breaks the rules is refused with the message keys the pages and the API show.
 */
public record ReportPeriod(int year, Integer quarter) implements Serializable {

    private static final int FIRST_YEAR = 2020;
    private static final String YEAR = "year";
    private static final String QUARTER = "quarter";
    private static final String INVALID_YEAR = "rapport.jaar.ongeldig";
    private static final String INVALID_QUARTER = "rapport.kwartaal.ongeldig";

    public ReportPeriod {
        if (year < FIRST_YEAR || year > Amsterdam.now().getYear() + 1) {
            throw InvalidInputException.of(YEAR, INVALID_YEAR);
        }
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw InvalidInputException.of(QUARTER, INVALID_QUARTER);
        }
    }

    /** From a form: the year is required, a null quarter means the whole year. */
    public static ReportPeriod of(Integer year, Integer quarter) {
        if (year == null) {
            throw InvalidInputException.of(YEAR, INVALID_YEAR);
        }
        return new ReportPeriod(year, quarter);
    }

    public static ReportPeriod ofYear(int year) {
        return new ReportPeriod(year, null);
    }

    /** From text (a query parameter, a job parameter): an empty or missing quarter means the whole year. */
    public static ReportPeriod parse(String year, String quarter) {
        Integer y = number(year, YEAR, INVALID_YEAR);
        Integer q = quarter == null || quarter.isBlank() ? null : number(quarter, QUARTER, INVALID_QUARTER);
        return of(y, q);
    }

    private static Integer number(String text, String field, String messageKey) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            throw InvalidInputException.of(field, messageKey);
        }
        return Integer.valueOf(text.strip());
    }

    /** The quarter numbers the period covers: 1 to 4 for a year. */
    public List<Integer> quarters() {
        return quarter == null ? List.of(1, 2, 3, 4) : List.of(quarter);
    }

    public LocalDateTime from() {
        return new Quarter(year, quarter == null ? 1 : quarter).firstDay().atStartOfDay();
    }

    public LocalDateTime until() {
        return quarter == null ? from().plusYears(1) : from().plusMonths(3);
    }

    /** "2027" or "2027-K2". */
    public String label() {
        return quarter == null ? String.valueOf(year) : new Quarter(year, quarter).label();
    }
}
