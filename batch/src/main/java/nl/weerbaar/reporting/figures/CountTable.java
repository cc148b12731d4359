package nl.weerbaar.reporting.figures;

import java.util.List;
import java.util.Objects;

/**
 * A table of counts as BZK would see it before suppression: labelled rows (e.g. provinces) and columns
 * (e.g. offices), with row totals, column totals and a grand total computed here so they always add up.
 */
public final class CountTable {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final int[][] counts;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final int grandTotal;

    /**
     * @param counts {@code counts[row][column]}, one row per row label, one value per column label; no negatives
     *               (these are numbers of people or sessions). Copied, so later changes to the array do not count.
     */
    public CountTable(List<String> rowLabels, List<String> columnLabels, int[][] counts) {
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        Objects.requireNonNull(counts, "counts");
        if (counts.length != this.rowLabels.size()) {
            throw new IllegalArgumentException(
                    "counts has " + counts.length + " rows, but there are " + this.rowLabels.size() + " row labels");
        }
        this.counts = new int[counts.length][];
        this.rowTotals = new int[counts.length];
        this.columnTotals = new int[this.columnLabels.size()];
        int grand = 0;
        for (int row = 0; row < counts.length; row++) {
            if (counts[row] == null || counts[row].length != this.columnLabels.size()) {
                throw new IllegalArgumentException("row " + row + " does not have one count per column label ("
                        + this.columnLabels.size() + ")");
            }
            this.counts[row] = counts[row].clone();
            for (int column = 0; column < this.columnLabels.size(); column++) {
                int count = this.counts[row][column];
                if (count < 0) {
                    throw new IllegalArgumentException("negative count " + count + " at row " + row + ", column " + column);
                }
                // addExact: a silently wrapped total would be published as a wrong figure.
                rowTotals[row] = Math.addExact(rowTotals[row], count);
                columnTotals[column] = Math.addExact(columnTotals[column], count);
                grand = Math.addExact(grand, count);
            }
        }
        this.grandTotal = grand;
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

    public int count(int row, int column) {
        return counts[Objects.checkIndex(row, rows())][Objects.checkIndex(column, columns())];
    }

    public int rowTotal(int row) {
        return rowTotals[Objects.checkIndex(row, rows())];
    }

    public int columnTotal(int column) {
        return columnTotals[Objects.checkIndex(column, columns())];
    }

    public int grandTotal() {
        return grandTotal;
    }
}
