package nl.weerbaar.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A quarter of a calendar year, K1 (January to March) to K4: the one place that says which quarter
 * a date falls in and where a quarter begins.
 */
public record Quarter(int year, int number) {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(LocalDateTime moment) {
        return of(moment.toLocalDate());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** "K2": the quarter within its year, as the reports and dashboards label it. */
    public String shortLabel() {
        return shortLabel(number);
    }

    /** "2027-K2". */
    public String label() {
        return year + "-" + shortLabel();
    }

    /** "K" and the number, for a row of quarters within one year. */
    public static String shortLabel(int number) {
        return "K" + number;
    }
}
