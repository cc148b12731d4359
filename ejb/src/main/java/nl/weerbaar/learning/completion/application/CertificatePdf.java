package nl.weerbaar.learning.completion.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders the certificate for the training "Omgaan met intimidatie en bedreiging" as a PDF.
 * Uses only the Standard 14 fonts, so nothing has to be embedded or shipped.
 */
public final class CertificatePdf {

    /** Everything printed on the certificate; all fields are required. */
    public record Content(String name, String training, LocalDate sessionDate, String sessionPlace,
            List<String> modules, LocalDate completedOn, String verificationCode, String verificationUrl) {

        public Content {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(training, "training");
            Objects.requireNonNull(sessionDate, "sessionDate");
            Objects.requireNonNull(sessionPlace, "sessionPlace");
            modules = List.copyOf(modules);
            Objects.requireNonNull(completedOn, "completedOn");
            Objects.requireNonNull(verificationCode, "verificationCode");
            Objects.requireNonNull(verificationUrl, "verificationUrl");
        }
    }

    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float BORDER_INSET = 28;
    private static final float MARGIN = 60;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.3f;

    /** One already wrapped, already encodable line of text. */
    private record Line(String text, PDFont font, float size, float gapBefore) {
        float height() {
            return size * LEADING;
        }
    }

    private CertificatePdf() {
    }

    public static byte[] render(Content c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Certificaat Omgaan met intimidatie en bedreiging");
            info.setAuthor("Weerbaar");
            info.setSubject("Certificaat voor " + c.name());

            List<List<Line>> body = new ArrayList<>();
            body.add(lines("Certificaat", bold, 36, 0));
            body.add(lines("Hierbij verklaren wij dat", regular, 14, 24));
            body.add(lines(c.name(), bold, 28, 12));
            body.add(lines("de training", regular, 14, 12));
            body.add(lines(c.training(), bold, 20, 4));
            body.add(lines("heeft gevolgd op " + DUTCH_DATE.format(c.sessionDate()) + " in " + c.sessionPlace(),
                    regular, 14, 4));
            if (!c.modules().isEmpty()) {
                body.add(lines("en de e-learningmodules heeft afgerond:", regular, 14, 12));
                for (String module : c.modules()) {
                    body.add(lines("\u2022 " + module, regular, 11, 3));
                }
            }
            body.add(lines("Afgerond op " + DUTCH_DATE.format(c.completedOn()), regular, 14, 20));
            body.add(lines("Opleidingsinstituut DJI, in opdracht van het Nederlands Genootschap van Burgemeesters",
                    regular, 11, 20));

            List<Line> footer = new ArrayList<>(lines("Verificatiecode: " + c.verificationCode(), bold, 11, 0));
            footer.addAll(lines("Controleer dit certificaat op " + c.verificationUrl(), regular, 10, 2));

            float footerHeight = height(footer);
            float bodyBottom = MARGIN + footerHeight + 24;
            for (List<Line> pageLines : paginate(body, PAGE.getHeight() - MARGIN, bodyBottom)) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setLineWidth(1.5f);
                    cs.addRect(BORDER_INSET, BORDER_INSET,
                            PAGE.getWidth() - 2 * BORDER_INSET, PAGE.getHeight() - 2 * BORDER_INSET);
                    cs.stroke();
                    draw(cs, pageLines, PAGE.getHeight() - MARGIN);
                    // The verification details go on every page, so each page can be checked on its own.
                    draw(cs, footer, MARGIN + footerHeight);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Certificaat kon niet worden opgemaakt", e);
        }
    }

    /**
     * Splits the body over pages; normally it fits on one, but very long module lists must not be cut off.
     * A paragraph (e.g. one module title) is kept on one page unless it is taller than a page by itself.
     */
    private static List<List<Line>> paginate(List<List<Line>> body, float top, float bottom) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        float y = top;
        for (List<Line> paragraph : body) {
            boolean fitsOnEmptyPage = top - height(paragraph) >= bottom;
            for (Line line : paragraph) {
                boolean startsParagraph = line == paragraph.get(0);
                boolean overflows = startsParagraph && fitsOnEmptyPage
                        ? y - height(paragraph) < bottom
                        : y - line.gapBefore() - line.height() < bottom;
                if (overflows && !current.isEmpty()) {
                    pages.add(current);
                    current = new ArrayList<>();
                    y = top;
                }
                if (current.isEmpty()) {
                    line = new Line(line.text(), line.font(), line.size(), 0); // no gap at the top of a page
                }
                y -= line.gapBefore() + line.height();
                current.add(line);
            }
        }
        pages.add(current);
        return pages;
    }

    private static float height(List<Line> lines) {
        float height = 0;
        for (Line line : lines) {
            height += line.gapBefore() + line.height();
        }
        return height;
    }

    /** Draws lines centred horizontally, starting just below {@code top}. */
    private static void draw(PDPageContentStream cs, List<Line> lines, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            y -= line.gapBefore() + line.height();
            float x = (PAGE.getWidth() - width(line.text(), line.font(), line.size())) / 2;
            cs.beginText();
            cs.setFont(line.font(), line.size());
            cs.newLineAtOffset(x, y);
            cs.showText(line.text());
            cs.endText();
        }
    }

    /** Makes the text encodable and wraps it to the text width; only the first line gets the gap. */
    private static List<Line> lines(String text, PDFont font, float size, float gapBefore) throws IOException {
        List<Line> result = new ArrayList<>();
        for (String part : wrap(encodable(text, font), font, size)) {
            result.add(new Line(part, font, size, result.isEmpty() ? gapBefore : 0));
        }
        return result;
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> result = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= TEXT_WIDTH) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                result.add(line);
            }
            // A single word wider than the page (e.g. a long URL) is broken wherever it must.
            while (width(word, font, size) > TEXT_WIDTH) {
                int cut = 1;
                while (width(word.substring(0, cut + 1), font, size) <= TEXT_WIDTH) {
                    cut++;
                }
                result.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        result.add(line);
        return result;
    }

    /**
     * Names may contain any Unicode, but the Standard 14 fonts only know WinAnsiEncoding;
     * anything else becomes '?' rather than failing the whole certificate.
     * Whitespace becomes a plain space, since control characters cannot be shown either.
     */
    private static String encodable(String text, PDFont font) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? " " : Character.toString(cp);
            sb.append(canEncode(font, ch) ? ch : "?");
        });
        return sb.toString();
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
