package nl.weerbaar.reporting.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.people.domain.Provincie;

/**
 * The BZK report's figures, added up from its rows per province, per office and per quarter: the
 * enrolments by outcome (these add up to "enrolled"), and the other measures. Money is kept in cents.
 */
public final class ParticipationCube {

    /** The outcomes that together are "enrolled"; cancellations and the waitlist are not. */
    static final List<String> OUTCOMES = List.of("ATTENDED", "PARTIALLY_ATTENDED", "NO_SHOW", "BOOKED");

    /** Counts besides the outcomes. */
    public enum Measure { WAITLISTED, MODULES_DONE, COMPLETE, PAID_PLACES, FUNDED_PLACES }

    /** The figures of one row (a province, an office or a quarter). */
    public static final class Figures {
        public final int[] outcomes = new int[OUTCOMES.size()];
        public final int[] measures = new int[Measure.values().length];
        public long costCents;
        public long fundedCostCents;

        public int enrolled() {
            int sum = 0;
            for (int n : outcomes) {
                sum += n;
            }
            return sum;
        }

        public int measure(Measure m) {
            return measures[m.ordinal()];
        }
    }

    private final int modulesInTraining;
    private final Map<String, Figures> byProvince = new LinkedHashMap<>();
    private final Map<String, Figures> byOffice = new LinkedHashMap<>();
    private final Map<String, Figures> byQuarter = new LinkedHashMap<>();
    private final Figures total = new Figures();
    private long rows;

    public ParticipationCube(int modulesInTraining, List<Integer> quarters) {
        this.modulesInTraining = modulesInTraining;
        Provincie.namen().forEach(p -> byProvince.put(p, new Figures()));
        for (Ambt office : Ambt.values()) {
            byOffice.put(office.name(), new Figures());
        }
        quarters.forEach(q -> byQuarter.put("K" + q, new Figures()));
    }

    public void add(ParticipationRow row) {
        rows++;
        for (Figures f : List.of(byProvince.computeIfAbsent(row.province(), p -> new Figures()),
                byOffice.computeIfAbsent(row.office(), o -> new Figures()),
                byQuarter.computeIfAbsent("K" + row.quarter(), q -> new Figures()), total)) {
            int outcome = OUTCOMES.indexOf(row.status());
            if (outcome >= 0) {
                f.outcomes[outcome]++;
                if (row.modules() >= modulesInTraining) {
                    f.measures[Measure.MODULES_DONE.ordinal()]++;
                }
                if (row.complete()) {
                    f.measures[Measure.COMPLETE.ordinal()]++;
                }
            } else if ("WAITLISTED".equals(row.status())) {
                f.measures[Measure.WAITLISTED.ordinal()]++;
            }
            if (row.costCents() > 0) {
                f.measures[Measure.PAID_PLACES.ordinal()]++;
                f.costCents += row.costCents();
                if (row.funded()) {
                    f.measures[Measure.FUNDED_PLACES.ordinal()]++;
                    f.fundedCostCents += row.costCents();
                }
            }
        }
    }

    public Map<String, Figures> byProvince() {
        return byProvince;
    }

    public Map<String, Figures> byOffice() {
        return byOffice;
    }

    public Map<String, Figures> byQuarter() {
        return byQuarter;
    }

    public Figures total() {
        return total;
    }

    public long rows() {
        return rows;
    }
}
