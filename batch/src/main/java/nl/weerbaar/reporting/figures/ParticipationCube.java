package nl.weerbaar.reporting.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.Quarter;
import nl.weerbaar.reporting.spool.ParticipationRow;

/**
 * The BZK report's figures, added up from its rows per province, per office and per quarter: the
 * enrolments by outcome (these add up to "enrolled"), and the other measures. Money is kept in cents.
 */
public final class ParticipationCube {

    /** The outcomes that together are "enrolled"; cancellations and the waitlist are not. */
    static final List<String> OUTCOMES = List.of("ATTENDED", "PARTIALLY_ATTENDED", "NO_SHOW", "BOOKED");

    /** Counts besides the outcomes. */
    public enum Measure { WAITLISTED, MODULES_DONE, COMPLETE, PAID_PLACES, FUNDED_PLACES }

    /** The figures of one row (a province, an office or a quarter), before suppression. */
    public static final class Figures {
        private final int[] outcomes = new int[OUTCOMES.size()];
        private final int[] measures = new int[Measure.values().length];
        private long costCents;
        private long fundedCostCents;

        private void add(ParticipationRow row, int modulesInTraining) {
            int outcome = OUTCOMES.indexOf(row.status());
            if (outcome >= 0) {
                outcomes[outcome]++;
                if (row.modules() >= modulesInTraining) {
                    measures[Measure.MODULES_DONE.ordinal()]++;
                }
                if (row.complete()) {
                    measures[Measure.COMPLETE.ordinal()]++;
                }
            } else if ("WAITLISTED".equals(row.status())) {
                measures[Measure.WAITLISTED.ordinal()]++;
            }
            if (row.costCents() > 0) {
                measures[Measure.PAID_PLACES.ordinal()]++;
                costCents += row.costCents();
                if (row.funded()) {
                    measures[Measure.FUNDED_PLACES.ordinal()]++;
                    fundedCostCents += row.costCents();
                }
            }
        }

        /** The counts per outcome, in the order of {@link #OUTCOMES}. */
        int[] outcomes() {
            return outcomes.clone();
        }

        public int measure(Measure m) {
            return measures[m.ordinal()];
        }

        public long costCents() {
            return costCents;
        }

        public long fundedCostCents() {
            return fundedCostCents;
        }
    }

    private final int modulesInTraining;
    private final Map<String, Figures> byProvince = new LinkedHashMap<>();
    private final Map<String, Figures> byOffice = new LinkedHashMap<>();
    private final Map<String, Figures> byQuarter = new LinkedHashMap<>();
    private final Figures total = new Figures();
    private long rows;

    ParticipationCube(int modulesInTraining, List<Integer> quarters) {
        this.modulesInTraining = modulesInTraining;
        Provincie.namen().forEach(p -> byProvince.put(p, new Figures()));
        for (Ambt office : Ambt.values()) {
            byOffice.put(office.name(), new Figures());
        }
        quarters.forEach(q -> byQuarter.put(Quarter.shortLabel(q), new Figures()));
    }

    void add(ParticipationRow row) {
        rows++;
        for (Figures f : List.of(byProvince.computeIfAbsent(row.province(), p -> new Figures()),
                byOffice.computeIfAbsent(row.office(), o -> new Figures()),
                byQuarter.computeIfAbsent(Quarter.shortLabel(row.quarter()), q -> new Figures()), total)) {
            f.add(row, modulesInTraining);
        }
    }

    public Map<String, Figures> byProvince() {
        return Collections.unmodifiableMap(byProvince);
    }

    public Map<String, Figures> byOffice() {
        return Collections.unmodifiableMap(byOffice);
    }

    public Map<String, Figures> byQuarter() {
        return Collections.unmodifiableMap(byQuarter);
    }

    public Figures total() {
        return total;
    }

    public long rows() {
        return rows;
    }
}
