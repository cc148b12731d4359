package nl.weerbaar.reporting.figures;

import java.util.OptionalInt;

/** The held sessions and evaluations of one quarter: how many, their capacity and attendance, and the mean ratings. */
public record QuarterFacts(int held, int capacity, int attended, int respondents, double overall, double usefulness,
        double trainers) {

    /** Attended places in percent of the capacity, when there was any. */
    public OptionalInt fillRate() {
        return capacity == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * attended / capacity));
    }
}
