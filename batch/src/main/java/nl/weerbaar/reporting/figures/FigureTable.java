package nl.weerbaar.reporting.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;

/**
 * One sheet's figures with small cells suppressed: the outcomes (which add up to "enrolled", so
 * they are suppressed together with their totals), and each other measure as a column of its own
 * with its total. Money and rates are shown only where the count they rest on is shown.
 */
public final class FigureTable {

    private final List<String> rows;
    private final SuppressedTable outcomes;
    private final List<SuppressedTable> measures = new ArrayList<>();
    private final List<ParticipationCube.Figures> figures;

    public FigureTable(Map<String, ParticipationCube.Figures> byRow) {
        rows = List.copyOf(byRow.keySet());
        figures = List.copyOf(byRow.values());
        int[][] counts = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            counts[r] = figures.get(r).outcomes();
        }
        outcomes = SmallCellSuppression.apply(new CountTable(rows, ParticipationCube.OUTCOMES, counts));
        for (ParticipationCube.Measure m : ParticipationCube.Measure.values()) {
            measures.add(column(m.name(), f -> f.measure(m)));
        }
    }

    private SuppressedTable column(String name, ToIntFunction<ParticipationCube.Figures> value) {
        int[][] counts = new int[rows.size()][1];
        for (int r = 0; r < rows.size(); r++) {
            counts[r][0] = value.applyAsInt(figures.get(r));
        }
        return SmallCellSuppression.apply(new CountTable(rows, List.of(name), counts));
    }

    /** The row labels, in the order of the rows. */
    public List<String> rows() {
        return rows;
    }

    /** The outcomes per row, suppressed; their row totals are the enrolled. */
    public SuppressedTable outcomes() {
        return outcomes;
    }

    public SuppressedTable measure(ParticipationCube.Measure m) {
        return measures.get(m.ordinal());
    }

    /** The unsuppressed figures of a row: only for the money, which is shown where its count is. */
    public ParticipationCube.Figures figures(int row) {
        return figures.get(row);
    }

    /** Completion rate in percent of the enrolled, when both counts are shown. */
    public OptionalInt completionRate(int row) {
        return rate(measure(ParticipationCube.Measure.COMPLETE).value(row, 0), outcomes.rowTotalValue(row));
    }

    /** Completion rate of the total row, when both counts are shown. */
    public OptionalInt totalCompletionRate() {
        return rate(measure(ParticipationCube.Measure.COMPLETE).columnTotalValue(0), outcomes.grandTotalValue());
    }

    private static OptionalInt rate(OptionalInt complete, OptionalInt enrolled) {
        if (complete.isEmpty() || enrolled.isEmpty() || enrolled.getAsInt() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * complete.getAsInt() / enrolled.getAsInt()));
    }
}
