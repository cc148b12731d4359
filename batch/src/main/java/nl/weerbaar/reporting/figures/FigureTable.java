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

    public final List<String> rows;
    public final SuppressedTable outcomes;
    public final List<SuppressedTable> measures = new ArrayList<>();
    public final List<ParticipationCube.Figures> figures;

    public FigureTable(Map<String, ParticipationCube.Figures> byRow) {
        rows = List.copyOf(byRow.keySet());
        figures = List.copyOf(byRow.values());
        int[][] counts = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            counts[r] = figures.get(r).outcomes.clone();
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

    public SuppressedTable measure(ParticipationCube.Measure m) {
        return measures.get(m.ordinal());
    }

    /** Completion rate in percent of the enrolled, when both counts are shown. */
    public OptionalInt completionRate(int row) {
        OptionalInt complete = measure(ParticipationCube.Measure.COMPLETE).value(row, 0);
        OptionalInt enrolled = outcomes.rowTotalValue(row);
        if (complete.isEmpty() || enrolled.isEmpty() || enrolled.getAsInt() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) Math.round(100.0 * complete.getAsInt() / enrolled.getAsInt()));
    }
}
