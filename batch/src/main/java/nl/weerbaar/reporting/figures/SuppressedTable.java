package nl.weerbaar.reporting.figures;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A {@link CountTable} after {@link SmallCellSuppression}: what may be shown to BZK. Every cell, row total,
 * column total and the grand total is either shown as its number or suppressed and shown as {@value #SUPPRESSED_TEXT}.
 *
 * <p>The value of a suppressed cell is not kept here, so a report writer cannot publish it by mistake: the
 * {@code value} methods return an empty {@link OptionalInt} for it. A writer puts numbers in numeric cells and
 * the {@code display} text in suppressed ones, e.g.
 * {@code table.value(r, c).ifPresentOrElse(cell::setCellValue, () -> cell.setCellValue(table.display(r, c)))}.
 */
public final class SuppressedTable {

    /** Shown for every suppressed figure, also for secondary suppressions (the notes sheet says so). */
    public static final String SUPPRESSED_TEXT = "<5";

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    /** The table with its totals: index {@code rows()} is the totals row, {@code columns()} the totals column. */
    private final int[][] shown;
    private final boolean[][] suppressed;

    /** Only {@link SmallCellSuppression} builds these; the grids are laid out as described at {@link #shown}. */
    SuppressedTable(List<String> rowLabels, List<String> columnLabels, int[][] values, boolean[][] suppressed) {
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.shown = new int[values.length][];
        this.suppressed = new boolean[values.length][];
        for (int row = 0; row < values.length; row++) {
            this.shown[row] = values[row].clone();
            this.suppressed[row] = suppressed[row].clone();
            for (int column = 0; column < values[row].length; column++) {
                if (suppressed[row][column]) {
                    this.shown[row][column] = 0; // forget it: nothing downstream needs the hidden number
                }
            }
        }
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    public int rows() {
        return rowLabels.size();
    }

    public int columns() {
        return columnLabels.size();
    }

    public boolean isSuppressed(int row, int column) {
        return suppressed[checkRow(row)][checkColumn(column)];
    }

    public boolean isRowTotalSuppressed(int row) {
        return suppressed[checkRow(row)][columns()];
    }

    public boolean isColumnTotalSuppressed(int column) {
        return suppressed[rows()][checkColumn(column)];
    }

    public boolean isGrandTotalSuppressed() {
        return suppressed[rows()][columns()];
    }

    /** The count, or empty when it is suppressed. */
    public OptionalInt value(int row, int column) {
        return valueAt(checkRow(row), checkColumn(column));
    }

    public OptionalInt rowTotalValue(int row) {
        return valueAt(checkRow(row), columns());
    }

    public OptionalInt columnTotalValue(int column) {
        return valueAt(rows(), checkColumn(column));
    }

    public OptionalInt grandTotalValue() {
        return valueAt(rows(), columns());
    }

    /** The count as text, or {@value #SUPPRESSED_TEXT} when it is suppressed. */
    public String display(int row, int column) {
        return displayAt(checkRow(row), checkColumn(column));
    }

    public String rowTotalDisplay(int row) {
        return displayAt(checkRow(row), columns());
    }

    public String columnTotalDisplay(int column) {
        return displayAt(rows(), checkColumn(column));
    }

    public String grandTotalDisplay() {
        return displayAt(rows(), columns());
    }

    private OptionalInt valueAt(int row, int column) {
        return suppressed[row][column] ? OptionalInt.empty() : OptionalInt.of(shown[row][column]);
    }

    private String displayAt(int row, int column) {
        return suppressed[row][column] ? SUPPRESSED_TEXT : Integer.toString(shown[row][column]);
    }

    // The totals sit at index rows()/columns() inside the grids; callers reach them only via the *Total methods.
    private int checkRow(int row) {
        return Objects.checkIndex(row, rows());
    }

    private int checkColumn(int column) {
        return Objects.checkIndex(column, columns());
    }
}
