package nl.weerbaar.reporting.figures;

import java.util.OptionalInt;

/** The held sessions and evaluations of one quarter: how many, their capacity and attendance, and the mean ratings. */
public record QuarterFacts(int held, int capacity, int attended, int respondents, double overall, double usefulness,
        double trainers) {

    /** Attended places in percent of the capacity, when there was any. */
    public OptionalInt fillRate() {
        return capacity == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(100.0 * attended / capacity));
    }

    /** The facts of several quarters together: sums, and the means weighted by their respondents. */
    public static QuarterFacts total(java.util.Collection<QuarterFacts> quarters) {
        int held = 0;
        int capacity = 0;
        int attended = 0;
        int respondents = 0;
        double overall = 0;
        double usefulness = 0;
        double trainers = 0;
        for (QuarterFacts q : quarters) {
            held += q.held();
            capacity += q.capacity();
            attended += q.attended();
            respondents += q.respondents();
            overall += q.overall() * q.respondents();
            usefulness += q.usefulness() * q.respondents();
            trainers += q.trainers() * q.respondents();
        }
        return respondents == 0 ? new QuarterFacts(held, capacity, attended, 0, 0, 0, 0)
                : new QuarterFacts(held, capacity, attended, respondents, overall / respondents, usefulness / respondents,
                        trainers / respondents);
    }
}
