package nl.weerbaar.planning.application.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.weerbaar.platform.pdf.ArchivalPdf;
import nl.weerbaar.platform.pdf.PdfText;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The sign-in sheet (presentielijst) a trainer takes to the session: the session, then a table of the
 * booked participants (name, office, gemeente) with room to sign. An {@link ArchivalPdf}: PDF/A-2b and
 * tagged as a real table (header cells, a row per participant), its header repeated on every page.
 */
public final class SignInSheetPdf {

    /** Who is on the sheet. */
    public record Person(String name, String office, String gemeente) {
        public Person {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The session and its people, in the order they are printed. */
    public record Content(String title, LocalDateTime start, LocalDateTime end, String location, List<Person> people) {
        public Content {
            people = List.copyOf(people);
        }
    }

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", DUTCH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", DUTCH);
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float ROW = 30;
    private static final float HEADER_ROW = 20;
    private static final String[] HEADERS = {"Naam", "Ambt", "Gemeente", "Handtekening"};
    /** Column widths as parts of the table width: the signature gets room to sign. */
    private static final float[] PARTS = {0.34f, 0.18f, 0.22f, 0.26f};

    private SignInSheetPdf() {
    }

    public static byte[] render(Content c) {
        String title = "Presentielijst " + c.title();
        try (ArchivalPdf pdf = ArchivalPdf.create(title, "Presentielijst van de sessie " + c.title(), DUTCH)) {
            PDStructureElement table = null;
            int next = 0;
            do {
                try (ArchivalPdf.Page page = pdf.page(PAGE)) {
                    float y = PAGE.getHeight() - MARGIN;
                    if (next == 0) {
                        y = heading(page, pdf, c, y);
                        table = pdf.element(pdf.document(), StandardStructureTypes.TABLE);
                    }
                    y = headerRow(page, pdf, table, y);
                    while (next < c.people().size() && y - ROW >= MARGIN) {
                        y = personRow(page, pdf, table, c.people().get(next++), y);
                    }
                    if (c.people().isEmpty()) {
                        float at = y - 18;
                        page.text(StandardStructureTypes.P, cs -> line(cs, pdf.regular(), 11, MARGIN, at,
                                "Er zijn (nog) geen deelnemers ingeschreven."));
                    }
                }
            } while (next < c.people().size());
            return pdf.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Presentielijst kon niet worden opgemaakt", e);
        }
    }

    private static float heading(ArchivalPdf.Page page, ArchivalPdf pdf, Content c, float top) throws IOException {
        float y = top - 20;
        float titleAt = y;
        page.text(StandardStructureTypes.H1, cs -> line(cs, pdf.bold(), 18, MARGIN, titleAt, "Presentielijst"));
        for (String text : List.of(c.title(),
                WHEN.format(c.start()) + "\u2013" + (c.end().toLocalDate().equals(c.start().toLocalDate())
                        ? UNTIL.format(c.end()) : WHEN.format(c.end())),
                c.location())) {
            for (String part : PdfText.wrap(PdfText.encodable(text, pdf.regular()), pdf.regular(), 11, width())) {
                y -= 16;
                float at = y;
                page.text(StandardStructureTypes.P, cs -> line(cs, pdf.regular(), 11, MARGIN, at, part));
            }
        }
        return y - 20;
    }

    private static float headerRow(ArchivalPdf.Page page, ArchivalPdf pdf, PDStructureElement table, float top) throws IOException {
        PDStructureElement row = pdf.element(table, StandardStructureTypes.TR);
        float x = MARGIN;
        for (int c = 0; c < HEADERS.length; c++) {
            PDStructureElement cell = pdf.element(row, StandardStructureTypes.TH);
            float at = x + 4;
            String header = HEADERS[c];
            page.into(cell, cs -> line(cs, pdf.bold(), 10, at, top - 14, header));
            x += PARTS[c] * width();
        }
        float bottom = top - HEADER_ROW;
        page.artifact(cs -> {
            cs.setLineWidth(1f);
            cs.moveTo(MARGIN, bottom);
            cs.lineTo(MARGIN + width(), bottom);
            cs.stroke();
        });
        return bottom;
    }

    private static float personRow(ArchivalPdf.Page page, ArchivalPdf pdf, PDStructureElement table, Person p, float top)
            throws IOException {
        PDStructureElement row = pdf.element(table, StandardStructureTypes.TR);
        String[] values = {p.name(), p.office() == null ? "" : p.office(), p.gemeente() == null ? "" : p.gemeente(), ""};
        float x = MARGIN;
        for (int c = 0; c < values.length; c++) {
            PDStructureElement cell = pdf.element(row, StandardStructureTypes.TD);
            float columnWidth = PARTS[c] * width() - 8;
            List<String> lines = lines(PdfText.encodable(values[c], pdf.regular()), pdf.regular(), 10, columnWidth);
            float at = x + 4;
            if (!values[c].isEmpty()) {
                // One line sits in the middle of the row; two fill it.
                float first = lines.size() == 1 ? top - 18 : top - 12;
                page.into(cell, cs -> {
                    for (int l = 0; l < lines.size(); l++) {
                        line(cs, pdf.regular(), 10, at, first - l * 12, lines.get(l));
                    }
                });
            }
            x += PARTS[c] * width();
        }
        float bottom = top - ROW;
        page.artifact(cs -> {
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, bottom);
            cs.lineTo(MARGIN + width(), bottom);
            cs.stroke();
        });
        return bottom;
    }

    /** A value in at most two lines of its column; what still does not fit ends in an ellipsis. */
    private static List<String> lines(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> wrapped = PdfText.wrap(text, font, size, maxWidth);
        if (wrapped.size() <= 2) {
            return wrapped;
        }
        return List.of(wrapped.get(0), fit(String.join(" ", wrapped.subList(1, wrapped.size())), font, size, maxWidth));
    }

    private static String fit(String text, PDFont font, float size, float maxWidth) throws IOException {
        if (PdfText.width(text, font, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && PdfText.width(cut + "\u2026", font, size) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }

    private static void line(org.apache.pdfbox.pdmodel.PDPageContentStream cs, PDFont font, float size, float x, float y,
            String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }
}
