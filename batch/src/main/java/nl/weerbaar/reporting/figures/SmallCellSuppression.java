package nl.weerbaar.reporting.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for every figure BZK sees, so that no small group of mayors can be singled out.
 *
 * <p><b>Primary suppression.</b> Every count from {@value #SMALLEST_SENSITIVE} to {@value #LARGEST_SENSITIVE}
 * is suppressed: interior cells, row totals, column totals and the grand total alike. Zero is not sensitive
 * (it says nothing about a person) and stays visible.
 *
 * <p><b>Secondary suppression.</b> A suppressed cell could be worked back by subtracting the visible members of
 * its row or column from their total. The table is therefore seen as a grid with one extra row (the column
 * totals, ending in the grand total) and one extra column (the row totals, ending in the grand total), and every
 * row and every column of that grid is a <em>line</em>: its members are its cells plus its total. A row total is
 * thus the total of its row line and an ordinary member of the totals column; the grand total is the total of
 * both the totals row and the totals column. Until nothing changes, every line with exactly one suppressed member
 * gets a second one: the smallest visible non-zero cell of the line (ties: the first), because that hides the
 * least information; if only zeros are left, the line's total; if that is the one already suppressed, a zero.
 * Every step suppresses one more figure, so this ends. Afterwards every line has 0 or at least 2 suppressed
 * members.
 *
 * <p><b>What this protects against, honestly.</b> That invariant is the standard "at least two suppressed per
 * line" rule: no suppressed figure can be recovered from a single row or column equation, because each such
 * equation has at least two unknowns. It does <em>not</em> claim protection against someone who combines all
 * equations of the table with what else is known (counts are non-negative, a primary cell lies in 1..4, and with
 * this deterministic rule a complement is not larger than the other visible non-zero cells of the line that chose
 * it), for instance with linear programming; such an attacker can narrow a suppressed figure down to an interval,
 * and occasionally to a single value. Audit-grade protection needs a tool such as τ-ARGUS. The greedy choice can
 * also hide more cells than strictly needed.
 */
public final class SmallCellSuppression {

    public static final int SMALLEST_SENSITIVE = 1;
    public static final int LARGEST_SENSITIVE = 4;

    private SmallCellSuppression() {
    }

    public static SuppressedTable apply(CountTable table) {
        int rows = table.rows();
        int columns = table.columns();
        int[][] values = withTotals(table);
        boolean[][] suppressed = new boolean[rows + 1][columns + 1];
        for (int row = 0; row <= rows; row++) {
            for (int column = 0; column <= columns; column++) {
                suppressed[row][column] = isSensitive(values[row][column]);
            }
        }
        List<Line> lines = lines(rows, columns);
        boolean changed;
        do {
            changed = false;
            for (Line line : lines) {
                if (line.suppressedCount(suppressed) == 1) {
                    Member complement = line.complement(values, suppressed);
                    suppressed[complement.row()][complement.column()] = true;
                    changed = true;
                }
            }
        } while (changed);
        return new SuppressedTable(table.rowLabels(), table.columnLabels(), values, suppressed);
    }

    static boolean isSensitive(int count) {
        return count >= SMALLEST_SENSITIVE && count <= LARGEST_SENSITIVE;
    }

    /** The counts with the row totals as an extra column and the column totals plus grand total as an extra row. */
    private static int[][] withTotals(CountTable table) {
        int rows = table.rows();
        int columns = table.columns();
        int[][] values = new int[rows + 1][columns + 1];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                values[row][column] = table.count(row, column);
            }
            values[row][columns] = table.rowTotal(row);
        }
        for (int column = 0; column < columns; column++) {
            values[rows][column] = table.columnTotal(column);
        }
        values[rows][columns] = table.grandTotal();
        return values;
    }

    /** Every row and column of the grid with totals, each ending in its total. */
    private static List<Line> lines(int rows, int columns) {
        List<Line> lines = new ArrayList<>();
        for (int row = 0; row <= rows; row++) {
            List<Member> members = new ArrayList<>();
            for (int column = 0; column <= columns; column++) {
                members.add(new Member(row, column));
            }
            lines.add(new Line(members));
        }
        for (int column = 0; column <= columns; column++) {
            List<Member> members = new ArrayList<>();
            for (int row = 0; row <= rows; row++) {
                members.add(new Member(row, column));
            }
            lines.add(new Line(members));
        }
        return lines;
    }

    private record Member(int row, int column) {

        int value(int[][] values) {
            return values[row][column];
        }

        boolean isSuppressed(boolean[][] suppressed) {
            return suppressed[row][column];
        }
    }

    /** One equation of the table: the members before the last add up to the last (the total). */
    private record Line(List<Member> members) {

        int suppressedCount(boolean[][] suppressed) {
            return (int) members.stream().filter(member -> member.isSuppressed(suppressed)).count();
        }

        /** Called only when exactly one member is suppressed, so the line has another, visible member. */
        Member complement(int[][] values, boolean[][] suppressed) {
            List<Member> cells = members.subList(0, members.size() - 1);
            Member total = members.get(members.size() - 1);
            Member smallest = null;
            for (Member cell : cells) {
                // Strictly smaller keeps the first of equal candidates, so the result does not depend on luck.
                if (!cell.isSuppressed(suppressed) && cell.value(values) > 0
                        && (smallest == null || cell.value(values) < smallest.value(values))) {
                    smallest = cell;
                }
            }
            if (smallest != null) {
                return smallest;
            }
            if (!total.isSuppressed(suppressed)) {
                return total;
            }
            // The total is the one suppressed and every cell is a visible zero: only hiding a zero helps.
            return cells.stream().filter(cell -> !cell.isSuppressed(suppressed)).findFirst().orElseThrow();
        }
    }
}
