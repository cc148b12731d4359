package nl.weerbaar.reporting.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import nl.weerbaar.platform.poi.PoiSettings;
import nl.weerbaar.platform.poi.SheetLayout;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import nl.weerbaar.reporting.figures.FigureTable;
import nl.weerbaar.reporting.figures.ParticipationCube;
import nl.weerbaar.reporting.figures.PeriodFigures;
import nl.weerbaar.reporting.figures.QuarterFacts;
import nl.weerbaar.reporting.figures.SuppressedTable;
import nl.weerbaar.reporting.figures.SuppressionMethod;

/**
 * Writes the BZK participation report: summary, per province, per office, per quarter, costs and
 * method notes, in the language it was asked for ({@link ReportTexts}). Every count of people goes through
 * small-cell suppression; money and rates only appear where the count they rest on appears.
 */
final class ParticipationWorkbook {

    /** The keys of the figure sheets' column headers, after the row label. */
    static final String[] FIGURE_HEADERS = {"kolom.bijgewoond", "kolom.deels", "kolom.niet.verschenen", "kolom.nog.te.volgen",
        "kolom.ingeschreven", "kolom.modules", "kolom.training", "kolom.afrondingspercentage", "kolom.wachtlijst",
        "kolom.betaalde.plaatsen", "kolom.kosten.plaatsen", "kolom.bzk.plaatsen", "kolom.kosten.bzk"};
    private static final String[] QUARTER_HEADERS = {"kolom.sessies", "kolom.bezetting", "kolom.evaluaties",
        "kolom.oordeel.training", "kolom.bruikbaarheid", "kolom.oordeel.trainers"};

    private final ParticipationCube cube;
    private final Map<String, QuarterFacts> quarters;
    private final String period;
    private final ReportTexts texts;
    private final BigDecimal budget;
    private final BigDecimal sessionCost;
    private SXSSFWorkbook workbook;
    private WorkbookStyles styles;
    /** The layout of the sheet being written: every value written is measured for its column. */
    private SheetLayout layout;

    ParticipationWorkbook(PeriodFigures figures, BigDecimal budget, ReportTexts texts) {
        this.cube = figures.cube();
        this.quarters = figures.quarters();
        this.texts = texts;
        this.period = texts.period(figures.period());
        this.budget = budget;
        this.sessionCost = figures.sessionCost();
    }

    void write(OutputStream out, LocalDateTime generated) throws IOException {
        workbook = PoiSettings.streamingWorkbook(200);
        try {
            styles = new WorkbookStyles(workbook);
            FigureTable perQuarter = new FigureTable(cube.byQuarter());
            summary(perQuarter, generated);
            figures(Rows.PROVINCES, new FigureTable(cube.byProvince()), null);
            figures(Rows.OFFICES, new FigureTable(cube.byOffice()), null);
            figures(Rows.QUARTERS, perQuarter, quarters);
            costs(perQuarter);
            notes();
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void summary(FigureTable perQuarter, LocalDateTime generated) {
        Sheet sheet = workbook.createSheet(texts.text("blad.samenvatting"));
        layout = SheetLayout.of(sheet, 2);
        layout.fit(0, "x".repeat(44));
        layout.fit(1, "x".repeat(14));
        // The title and the line under it span both columns and get the height they need, so nothing overlaps.
        Row title = sheet.createRow(0);
        title.setHeightInPoints(24);
        text(title, 0, texts.text("samenvatting.titel", period), styles.title, false);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 1));
        Row made = sheet.createRow(1);
        made.setHeightInPoints(3 * 15);
        text(made, 0, texts.text("samenvatting.gemaakt", generated.format(DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm"))),
                styles.text, false);
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, 1));
        int r = 3;
        if (cube.rows() == 0) {
            text(sheet.createRow(r), 0, texts.text("leeg"), styles.text);
            layout.finish(0, false);
            return;
        }
        Row header = sheet.createRow(r++);
        text(header, 0, texts.text("samenvatting.kengetal"), styles.header);
        text(header, 1, texts.text("samenvatting.aantal"), styles.header);
        for (int c = 0; c < 4; c++) {
            Row row = sheet.createRow(r++);
            text(row, 0, texts.text(FIGURE_HEADERS[c]), null);
            count(row, 1, perQuarter.outcomes().columnTotalValue(c));
        }
        Row enrolled = sheet.createRow(r++);
        text(enrolled, 0, texts.text("kolom.ingeschreven"), styles.totalLabel);
        count(enrolled, 1, perQuarter.outcomes().grandTotalValue());
        for (ParticipationCube.Measure m : List.of(ParticipationCube.Measure.MODULES_DONE, ParticipationCube.Measure.COMPLETE,
                ParticipationCube.Measure.WAITLISTED)) {
            Row row = sheet.createRow(r++);
            text(row, 0, texts.text(FIGURE_HEADERS[measureColumn(m) - 1]), null);
            count(row, 1, perQuarter.measure(m).columnTotalValue(0));
        }
        Row held = sheet.createRow(r++);
        text(held, 0, texts.text("kolom.sessies"), null);
        number(held, 1, QuarterFacts.total(quarters.values()).held());
        layout.finish(0, false);
    }

    /** Column (1-based, after the label) of a measure in the figure sheets. */
    private static int measureColumn(ParticipationCube.Measure m) {
        return switch (m) {
            case MODULES_DONE -> 6;
            case COMPLETE -> 7;
            case WAITLISTED -> 9;
            case PAID_PLACES -> 10;
            case FUNDED_PLACES -> 12;
        };
    }

    /** What the rows of a figure sheet are: its sheet name, its first header, and how a row's key is shown. */
    private enum Rows {
        PROVINCES("blad.provincie", "kop.provincie"),
        OFFICES("blad.ambt", "kop.ambt"),
        QUARTERS("blad.kwartaal", "kop.kwartaal");

        final String sheet;
        final String header;

        Rows(String sheet, String header) {
            this.sheet = sheet;
            this.header = header;
        }
    }

    /** A row's key as the reader sees it: an office in words, a quarter in her language, a province by its name. */
    private String shown(Rows rows, String key) {
        return switch (rows) {
            case OFFICES -> texts.labels().office(key);
            case QUARTERS -> texts.quarter(key);
            case PROVINCES -> key;
        };
    }

    private void figures(Rows rows, FigureTable table, Map<String, QuarterFacts> facts) {
        Sheet sheet = workbook.createSheet(texts.text(rows.sheet));
        layout = SheetLayout.of(sheet, FIGURE_HEADERS.length + 1 + (facts == null ? 0 : QUARTER_HEADERS.length));
        Row header = sheet.createRow(0);
        header.setHeightInPoints(2 * 15);
        text(header, 0, texts.text(rows.header), styles.header);
        for (int c = 0; c < FIGURE_HEADERS.length; c++) {
            text(header, c + 1, texts.text(FIGURE_HEADERS[c]), styles.header);
        }
        if (facts != null) {
            for (int c = 0; c < QUARTER_HEADERS.length; c++) {
                text(header, FIGURE_HEADERS.length + 1 + c, texts.text(QUARTER_HEADERS[c]), styles.header);
            }
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            text(row, 0, shown(rows, table.rows().get(r)), null);
            for (int c = 0; c < 4; c++) {
                count(row, c + 1, table.outcomes().value(r, c));
            }
            count(row, 5, table.outcomes().rowTotalValue(r));
            count(row, 6, table.measure(ParticipationCube.Measure.MODULES_DONE).value(r, 0));
            count(row, 7, table.measure(ParticipationCube.Measure.COMPLETE).value(r, 0));
            percentage(row, 8, table.completionRate(r));
            count(row, 9, table.measure(ParticipationCube.Measure.WAITLISTED).value(r, 0));
            money(row, 10, 11, table.measure(ParticipationCube.Measure.PAID_PLACES).value(r, 0), table.figures(r).costCents());
            money(row, 12, 13, table.measure(ParticipationCube.Measure.FUNDED_PLACES).value(r, 0),
                    table.figures(r).fundedCostCents());
            if (facts != null) {
                quarterFacts(row, facts.get(table.rows().get(r)));
            }
        }
        Row total = sheet.createRow(table.rows().size() + 1);
        text(total, 0, texts.text("totaal"), styles.totalLabel);
        for (int c = 0; c < 4; c++) {
            count(total, c + 1, table.outcomes().columnTotalValue(c));
        }
        count(total, 5, table.outcomes().grandTotalValue());
        count(total, 6, table.measure(ParticipationCube.Measure.MODULES_DONE).columnTotalValue(0));
        count(total, 7, table.measure(ParticipationCube.Measure.COMPLETE).columnTotalValue(0));
        percentage(total, 8, table.totalCompletionRate());
        count(total, 9, table.measure(ParticipationCube.Measure.WAITLISTED).columnTotalValue(0));
        money(total, 10, 11, table.measure(ParticipationCube.Measure.PAID_PLACES).columnTotalValue(0), cube.total().costCents());
        money(total, 12, 13, table.measure(ParticipationCube.Measure.FUNDED_PLACES).columnTotalValue(0),
                cube.total().fundedCostCents());
        if (facts != null) {
            quarterFacts(total, QuarterFacts.total(facts.values()));
        }
        layout.finish(1, true);
    }

    private void quarterFacts(Row row, QuarterFacts f) {
        int c = FIGURE_HEADERS.length + 1;
        if (f == null) {
            return;
        }
        number(row, c, f.held());
        if (f.fillRate().isPresent()) {
            percentage(row, c + 1, f.fillRate());
        }
        // Evaluations: only from three respondents on, as everywhere.
        if (f.respondents() >= 3) {
            number(row, c + 2, f.respondents());
            decimal(row, c + 3, f.overall());
            decimal(row, c + 4, f.usefulness());
            decimal(row, c + 5, f.trainers());
        } else if (f.respondents() == 0) {
            number(row, c + 2, 0);
        } else {
            text(row, c + 2, "<3", styles.suppressed);
        }
    }

    private void costs(FigureTable perQuarter) {
        Sheet sheet = workbook.createSheet(texts.text("blad.kosten"));
        String[] headers = {"kop.kwartaal", "kolom.betaalde.plaatsen", "kolom.kosten.plaatsen", "kolom.bzk.plaatsen",
            "kolom.kosten.bzk.plaatsen"};
        layout = SheetLayout.of(sheet, headers.length);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(2 * 15);
        for (int c = 0; c < headers.length; c++) {
            text(header, c, texts.text(headers[c]), styles.header);
        }
        int r = 1;
        for (int q = 0; q < perQuarter.rows().size(); q++) {
            Row row = sheet.createRow(r++);
            text(row, 0, texts.quarter(perQuarter.rows().get(q)), null);
            money(row, 1, 2, perQuarter.measure(ParticipationCube.Measure.PAID_PLACES).value(q, 0),
                    perQuarter.figures(q).costCents());
            money(row, 3, 4, perQuarter.measure(ParticipationCube.Measure.FUNDED_PLACES).value(q, 0),
                    perQuarter.figures(q).fundedCostCents());
        }
        Row total = sheet.createRow(r++);
        text(total, 0, texts.text("kosten.totaal.plaatsen"), styles.totalLabel);
        money(total, 1, 2, perQuarter.measure(ParticipationCube.Measure.PAID_PLACES).columnTotalValue(0), cube.total().costCents());
        money(total, 3, 4, perQuarter.measure(ParticipationCube.Measure.FUNDED_PLACES).columnTotalValue(0),
                cube.total().fundedCostCents());
        r++;
        Row sessions = sheet.createRow(r++);
        text(sessions, 0, texts.text("kosten.sessies"), null);
        euro(sessions, 4, sessionCost);
        Row spent = sheet.createRow(r++);
        text(spent, 0, texts.text("kosten.totaal.bzk"), styles.totalLabel);
        euro(spent, 4, sessionCost.add(BigDecimal.valueOf(cube.total().fundedCostCents(), 2)));
        Row budgetRow = sheet.createRow(r++);
        text(budgetRow, 0, texts.text("kosten.budget"), null);
        if (budget != null) {
            euro(budgetRow, 4, budget);
        } else {
            text(budgetRow, 4, texts.text("kosten.geen.budget"), null);
        }
        layout.finish(1, true);
    }

    private void notes() {
        Sheet sheet = workbook.createSheet(texts.text("blad.toelichting"));
        layout = SheetLayout.of(sheet, 1);
        String[] lines = {
            texts.text("toelichting.titel"),
            texts.text("toelichting.bron", period),
            texts.text("toelichting.ingeschreven"),
            texts.text("toelichting.afgerond"),
            texts.text("toelichting.kosten"),
            texts.text("toelichting.evaluaties"),
            texts.text("toelichting.kleine.aantallen"),
            SuppressionMethod.explanation(texts.locale()),
            texts.text("toelichting.berekenbaar")
        };
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            // Wrapped text needs its height set: a streamed sheet is not measured again when opened.
            row.setHeightInPoints(i == 0 ? 24 : 15 * (1 + lines[i].length() / 95));
            text(row, 0, lines[i], i == 0 ? styles.title : styles.text, false);
        }
        layout.finish(0, false);
        sheet.setColumnWidth(0, 100 * 256); // prose: wider than any figure column, read on screen and on paper
    }

    private void count(Row row, int column, OptionalInt value) {
        Cell cell = row.createCell(column);
        if (value.isPresent()) {
            cell.setCellValue(value.getAsInt());
            cell.setCellStyle(styles.count);
            layout.fit(column, String.format(java.util.Locale.GERMANY, "%,d", value.getAsInt()));
        } else {
            cell.setCellValue(SuppressedTable.SUPPRESSED_TEXT);
            cell.setCellStyle(styles.suppressed);
            layout.fit(column, SuppressedTable.SUPPRESSED_TEXT);
        }
    }

    /** A whole number that is not a count of people (sessions, respondents already past the threshold). */
    private void number(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number);
        layout.fit(column, Integer.toString(value));
    }

    /** A percentage, stored as the fraction it is (0.53) and shown as 53%. */
    private void percentage(Row row, int column, OptionalInt value) {
        Cell cell = row.createCell(column);
        if (value.isPresent()) {
            cell.setCellValue(value.getAsInt() / 100.0);
            cell.setCellStyle(styles.percent);
            layout.fit(column, value.getAsInt() + "%");
        } else {
            cell.setCellValue("\u2013");
            cell.setCellStyle(styles.suppressed);
        }
    }

    /** A count of places and its amount; the amount only when the count is shown. */
    private void money(Row row, int countColumn, int amountColumn, OptionalInt places, long cents) {
        count(row, countColumn, places);
        if (places.isPresent()) {
            euro(row, amountColumn, BigDecimal.valueOf(cents, 2));
        } else {
            text(row, amountColumn, SuppressedTable.SUPPRESSED_TEXT, styles.suppressed);
        }
    }

    private void euro(Row row, int column, BigDecimal amount) {
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(styles.euro);
        layout.fit(column, String.format(java.util.Locale.GERMANY, "\u20ac %,.2f", amount));
    }

    private void decimal(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(Math.round(value * 10) / 10.0);
        cell.setCellStyle(styles.decimal);
        layout.fit(column, "0,0");
    }

    private void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        text(row, column, value, style, true);
    }

    /** Text; {@code measured} false for text that spans or wraps (a title), which must not widen its column. */
    private void text(Row row, int column, String value, org.apache.poi.ss.usermodel.CellStyle style, boolean measured) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (measured) {
            if (style == styles.header) {
                layout.fitHeader(column, value);
            } else {
                layout.fit(column, value);
            }
        }
    }
}
