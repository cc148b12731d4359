package nl.weerbaar.reporting.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    private static final List<String> PROVINCES = List.of("Groningen", "Friesland", "Drenthe");
    private static final List<String> OFFICES = List.of("Burgemeester", "Loco-burgemeester");

    @Test
    void largeNumbersOnlySuppressNothing() {
        CountTable table = new CountTable(PROVINCES, OFFICES, new int[][] {{12, 30}, {7, 9}, {25, 5}});

        SuppressedTable result = SmallCellSuppression.apply(table);

        assertEquals(0, suppressedCount(result));
        assertEquals("12", result.display(0, 0));
        assertEquals("42", result.rowTotalDisplay(0));
        assertEquals("44", result.columnTotalDisplay(1));
        assertEquals("88", result.grandTotalDisplay());
        assertEquals(OptionalInt.of(5), result.value(2, 1));
    }

    /** One 3 among large numbers: primary suppression alone lets anyone subtract it back out. */
    @Test
    void primarySuppressionAloneLeaksThroughTheTotalsSecondaryDoesNot() {
        int[][] counts = {{3, 12}, {7, 9}, {11, 8}};
        CountTable table = new CountTable(PROVINCES, OFFICES, counts);

        // Naive: only the 3 hidden. Row total minus the other visible cell gives it back, and so does the column.
        assertEquals(3, table.rowTotal(0) - table.count(0, 1));
        assertEquals(3, table.columnTotal(0) - table.count(1, 0) - table.count(2, 0));

        SuppressedTable result = SmallCellSuppression.apply(table);

        assertTrue(result.isSuppressed(0, 0));
        assertEquals("<5", result.display(0, 0));
        assertEquals(OptionalInt.empty(), result.value(0, 0));
        assertEveryLineHasNoneOrAtLeastTwoSuppressed(table, result);

        // The same subtraction on the published figures now only yields a sum of hidden values, never the 3.
        for (Line line : linesThrough(table, 0, 0)) {
            List<int[]> hidden = line.members().stream().filter(m -> suppressed(result, table, m)).toList();
            assertTrue(hidden.size() >= 2, "line " + line + " has another unknown");
            int hiddenSum = hidden.stream().mapToInt(m -> valueAt(table, m)).sum();
            assertNotEquals(3, hiddenSum, "the unknowns of " + line + " add up to more than the 3");
        }

        // Stronger: a different table with 4 instead of 3 is consistent with every published figure.
        assertTrue(result.isSuppressed(0, 1) && result.isSuppressed(1, 0) && result.isSuppressed(1, 1));
        int[][] other = {{4, 11}, {6, 10}, {11, 8}};
        assertConsistentWithPublished(result, new CountTable(PROVINCES, OFFICES, other));
    }

    @Test
    void smallTotalIsSuppressedAndGetsAComplementInTheTotalsColumn() {
        List<String> rows = List.of("A", "B", "C");
        List<String> columns = List.of("X", "Y");
        CountTable table = new CountTable(rows, columns, new int[][] {{0, 3}, {10, 10}, {5, 7}});

        SuppressedTable result = SmallCellSuppression.apply(table);

        assertTrue(result.isRowTotalSuppressed(0), "row total 3 is small itself");
        assertEquals("<5", result.rowTotalDisplay(0));
        // In the totals column (3, 20, 12 | 35) the smallest other row total, 12, is the complement.
        assertTrue(result.isRowTotalSuppressed(2));
        assertEquals("<5", result.rowTotalDisplay(2));
        assertFalse(result.isRowTotalSuppressed(1));
        assertEquals("20", result.rowTotalDisplay(1));
        // Column Y (3, 10, 7 | 20): complement 7.
        assertTrue(result.isSuppressed(2, 1));
        assertFalse(result.isSuppressed(1, 1));
        assertEquals("35", result.grandTotalDisplay());
        assertEveryLineHasNoneOrAtLeastTwoSuppressed(table, result);
    }

    @Test
    void smallGrandTotalIsSuppressedWithItsLines() {
        CountTable table = new CountTable(List.of("A", "B"), List.of("X", "Y"), new int[][] {{1, 0}, {0, 2}});

        SuppressedTable result = SmallCellSuppression.apply(table);

        assertTrue(result.isGrandTotalSuppressed());
        assertEquals("<5", result.grandTotalDisplay());
        assertTrue(result.isColumnTotalSuppressed(0) && result.isColumnTotalSuppressed(1));
        assertEquals("0", result.display(0, 1));
        assertEveryLineHasNoneOrAtLeastTwoSuppressed(table, result);
    }

    @Test
    void zerosStayVisibleAndAreNotUsedAsComplements() {
        List<String> columns = List.of("X", "leeg", "Z");
        CountTable table = new CountTable(PROVINCES, columns, new int[][] {{3, 0, 25}, {8, 0, 30}, {9, 0, 31}});

        SuppressedTable result = SmallCellSuppression.apply(table);

        for (int row = 0; row < 3; row++) {
            assertFalse(result.isSuppressed(row, 1));
            assertEquals("0", result.display(row, 1));
            assertEquals(OptionalInt.of(0), result.value(row, 1));
        }
        assertFalse(result.isColumnTotalSuppressed(1));
        assertEquals("0", result.columnTotalDisplay(1));
        assertTrue(result.isSuppressed(0, 2), "row Groningen takes the 25, not a 0");
        assertTrue(result.isSuppressed(1, 0), "column X takes the 8, its smallest");
        assertEveryLineHasNoneOrAtLeastTwoSuppressed(table, result);
    }

    @Test
    void whenOnlyZerosRemainTheTotalIsSuppressedInstead() {
        CountTable table = new CountTable(List.of("A", "B"), List.of("X", "Y"), new int[][] {{3, 10}, {7, 0}});

        SuppressedTable result = SmallCellSuppression.apply(table);

        // Column Y (10, 0 | 10) and row B (7, 0 | 7) have only a zero left besides their suppressed cell.
        assertTrue(result.isSuppressed(1, 0));
        assertFalse(result.isSuppressed(1, 1));
        assertTrue(result.isRowTotalSuppressed(1));
        assertTrue(result.isColumnTotalSuppressed(1));
        assertEveryLineHasNoneOrAtLeastTwoSuppressed(table, result);
    }

    @Test
    void emptyTableSuppressesNothing() {
        SuppressedTable result = SmallCellSuppression.apply(new CountTable(List.of(), List.of("X"), new int[0][]));

        assertEquals("0", result.grandTotalDisplay());
        assertEquals("0", result.columnTotalDisplay(0));
    }

    @Test
    void randomTablesKeepTheInvariant() {
        Random random = new Random(20240611L);
        for (int run = 0; run < 2000; run++) {
            int rows = 1 + random.nextInt(6);
            int columns = 1 + random.nextInt(6);
            int[][] counts = new int[rows][columns];
            for (int[] row : counts) {
                for (int column = 0; column < columns; column++) {
                    int kind = random.nextInt(10);
                    row[column] = kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(4) : 5 + random.nextInt(60);
                }
            }
            CountTable table = new CountTable(labels("r", rows), labels("k", columns), counts);
            SuppressedTable result = SmallCellSuppression.apply(table);
            String context = "run " + run + ": " + java.util.Arrays.deepToString(counts);

            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    int[] member = {r, c};
                    int value = valueAt(table, member);
                    boolean hidden = suppressed(result, table, member);
                    if (value >= 1 && value <= 4) {
                        assertTrue(hidden, context + " leaves " + value + " visible at " + r + "," + c);
                    }
                    assertEquals(hidden ? "<5" : Integer.toString(value), displayAt(result, table, member), context);
                }
            }
            assertEveryLineHasNoneOrAtLeastTwoSuppressed(table, result);
        }
    }

    @Test
    void countTableRejectsBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> new CountTable(List.of("A"), List.of("X"), new int[][] {{-1}}));
        assertThrows(IllegalArgumentException.class,
                () -> new CountTable(List.of("A", "B"), List.of("X"), new int[][] {{1}}));
        assertThrows(IllegalArgumentException.class,
                () -> new CountTable(List.of("A"), List.of("X", "Y"), new int[][] {{1}}));
        assertThrows(ArithmeticException.class,
                () -> new CountTable(List.of("A"), List.of("X", "Y"), new int[][] {{Integer.MAX_VALUE, 1}}));
    }

    @Test
    void explanationNamesTheMethod() {
        String text = SuppressionMethod.dutchExplanation();

        assertTrue(text.contains("Aantallen van 1 tot en met 4 worden getoond als '<5'"));
        assertTrue(text.contains("secundaire onderdrukking"));
        assertFalse(text.contains("  "), "no doubled spaces from the text block");
    }

    // --- Helpers that look only at the public API, with the totals at index rows()/columns() like a report. ---

    private record Line(String name, List<int[]> members) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every row and column of the table with totals, each line's total as its last member. */
    private static List<Line> lines(CountTable table) {
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r <= table.rows(); r++) {
            List<int[]> members = new ArrayList<>();
            for (int c = 0; c <= table.columns(); c++) {
                members.add(new int[] {r, c});
            }
            lines.add(new Line(r == table.rows() ? "totals row" : "row " + r, members));
        }
        for (int c = 0; c <= table.columns(); c++) {
            List<int[]> members = new ArrayList<>();
            for (int r = 0; r <= table.rows(); r++) {
                members.add(new int[] {r, c});
            }
            lines.add(new Line(c == table.columns() ? "totals column" : "column " + c, members));
        }
        return lines;
    }

    private static List<Line> linesThrough(CountTable table, int row, int column) {
        return lines(table).stream()
                .filter(line -> line.members().stream().anyMatch(m -> m[0] == row && m[1] == column)).toList();
    }

    private static void assertEveryLineHasNoneOrAtLeastTwoSuppressed(CountTable table, SuppressedTable result) {
        for (Line line : lines(table)) {
            long hidden = line.members().stream().filter(m -> suppressed(result, table, m)).count();
            assertTrue(hidden != 1, line + " has exactly one suppressed member, so it can be worked back");
        }
    }

    /** Every figure that is shown in {@code published} has the same value in {@code other}. */
    private static void assertConsistentWithPublished(SuppressedTable published, CountTable other) {
        for (Line line : lines(other)) {
            for (int[] m : line.members()) {
                OptionalInt shown = valueAt(published, other, m);
                shown.ifPresent(value -> assertEquals(value, valueAt(other, m)));
            }
        }
    }

    private static int valueAt(CountTable table, int[] m) {
        boolean totalRow = m[0] == table.rows();
        boolean totalColumn = m[1] == table.columns();
        if (totalRow && totalColumn) {
            return table.grandTotal();
        }
        return totalRow ? table.columnTotal(m[1]) : totalColumn ? table.rowTotal(m[0]) : table.count(m[0], m[1]);
    }

    private static boolean suppressed(SuppressedTable result, CountTable table, int[] m) {
        return valueAt(result, table, m).isEmpty();
    }

    private static OptionalInt valueAt(SuppressedTable result, CountTable table, int[] m) {
        boolean totalRow = m[0] == table.rows();
        boolean totalColumn = m[1] == table.columns();
        if (totalRow && totalColumn) {
            assertEquals(result.isGrandTotalSuppressed(), result.grandTotalValue().isEmpty());
            return result.grandTotalValue();
        }
        if (totalRow) {
            assertEquals(result.isColumnTotalSuppressed(m[1]), result.columnTotalValue(m[1]).isEmpty());
            return result.columnTotalValue(m[1]);
        }
        if (totalColumn) {
            assertEquals(result.isRowTotalSuppressed(m[0]), result.rowTotalValue(m[0]).isEmpty());
            return result.rowTotalValue(m[0]);
        }
        assertEquals(result.isSuppressed(m[0], m[1]), result.value(m[0], m[1]).isEmpty());
        return result.value(m[0], m[1]);
    }

    private static String displayAt(SuppressedTable result, CountTable table, int[] m) {
        boolean totalRow = m[0] == table.rows();
        boolean totalColumn = m[1] == table.columns();
        if (totalRow && totalColumn) {
            return result.grandTotalDisplay();
        }
        return totalRow ? result.columnTotalDisplay(m[1])
                : totalColumn ? result.rowTotalDisplay(m[0]) : result.display(m[0], m[1]);
    }

    private static int suppressedCount(SuppressedTable result) {
        int count = result.isGrandTotalSuppressed() ? 1 : 0;
        for (int r = 0; r < result.rows(); r++) {
            count += result.isRowTotalSuppressed(r) ? 1 : 0;
            for (int c = 0; c < result.columns(); c++) {
                count += result.isSuppressed(r, c) ? 1 : 0;
            }
        }
        for (int c = 0; c < result.columns(); c++) {
            count += result.isColumnTotalSuppressed(c) ? 1 : 0;
        }
        return count;
    }

    private static List<String> labels(String prefix, int count) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            labels.add(prefix + i);
        }
        return labels;
    }

    @Test
    void theEnglishExplanationSaysTheSameThings() {
        String text = SuppressionMethod.explanation(java.util.Locale.ENGLISH);
        assertTrue(text.contains("'<5'") && text.contains("secondary suppression") && text.contains("5 or more"), text);
        assertTrue(SuppressionMethod.explanation(java.util.Locale.GERMAN).contains("secundaire onderdrukking"));
    }
}
