package nl.weerbaar.learning.completion.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.weerbaar.platform.pdf.ArchivalPdf;
import nl.weerbaar.platform.pdf.PdfText;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders the certificate for the training "Omgaan met intimidatie en bedreiging" as an {@link ArchivalPdf}
 * (PDF/A-2b, tagged, the QR code a figure with its text), in the holder's language ({@link CertificateTexts}):
 * its words and its document language. The printed check address and the QR code lead to the public check page
 * with the code filled in.
 */
public final class CertificatePdf {

    /** Everything printed on the certificate; all fields are required. {@code verificationUrl} is the check page. */
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

        /** The check page with this certificate's code filled in: what the QR code and the printed line say. */
        public String checkLink() {
            return verificationUrl + "?code=" + URLEncoder.encode(verificationCode, StandardCharsets.UTF_8);
        }
    }

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float BORDER_INSET = 28;
    private static final float MARGIN = 60;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.3f;
    private static final float QR_SIZE = 92;

    /** One already wrapped, already encodable line of text, and the structure type it belongs to. */
    private record Line(String text, PDFont font, float size, float gapBefore, String role) {
        float height() {
            return size * LEADING;
        }
    }

    private CertificatePdf() {
    }

    /** The certificate in Dutch. */
    public static byte[] render(Content c) {
        return render(c, CertificateTexts.DUTCH);
    }

    public static byte[] render(Content c, CertificateTexts t) {
        try (ArchivalPdf pdf = ArchivalPdf.create(t.text("titel"), t.text("onderwerp", c.name()), t.locale())) {
            PDFont regular = pdf.regular();
            PDFont bold = pdf.bold();
            List<List<Line>> body = new ArrayList<>();
            body.add(lines(t.text("kop"), bold, 36, 0, StandardStructureTypes.H1));
            body.add(lines(t.text("verklaring"), regular, 14, 24, StandardStructureTypes.P));
            body.add(lines(c.name(), bold, fitting(c.name(), bold, 28, 16), 12, StandardStructureTypes.P));
            body.add(lines(t.text("training.inleiding"), regular, 14, 12, StandardStructureTypes.P));
            body.add(lines(c.training(), bold, 20, 4, StandardStructureTypes.P));
            body.add(lines(t.text("gevolgd", t.date(c.sessionDate()), c.sessionPlace()),
                    regular, 14, 4, StandardStructureTypes.P));
            if (!c.modules().isEmpty()) {
                body.add(lines(t.text("modules"), regular, 14, 12, StandardStructureTypes.P));
                for (String module : c.modules()) {
                    body.add(lines("\u2022 " + module, regular, 11, 3, StandardStructureTypes.P));
                }
            }
            body.add(lines(t.text("afgerond", t.date(c.completedOn())), regular, 14, 20, StandardStructureTypes.P));
            body.add(lines(t.text("uitgever"),
                    regular, 11, 20, StandardStructureTypes.P));

            List<Line> footer = new ArrayList<>(lines(t.text("code", c.verificationCode()), bold, 11, 0,
                    StandardStructureTypes.P));
            footer.addAll(lines(t.text("controle", c.checkLink()), regular, 9, 2, StandardStructureTypes.P));

            float footerHeight = height(footer);
            float footerTop = MARGIN + footerHeight;
            float bodyBottom = footerTop + QR_SIZE + 24;
            BitMatrix qr = qr(c.checkLink());
            for (List<Line> pageLines : paginate(body, PAGE.getHeight() - MARGIN, bodyBottom)) {
                try (ArchivalPdf.Page page = pdf.page(PAGE)) {
                    page.artifact(cs -> {
                        cs.setLineWidth(1.5f);
                        cs.addRect(BORDER_INSET, BORDER_INSET,
                                PAGE.getWidth() - 2 * BORDER_INSET, PAGE.getHeight() - 2 * BORDER_INSET);
                        cs.stroke();
                    });
                    draw(page, pageLines, PAGE.getHeight() - MARGIN);
                    // The QR code and the check details go on every page, so each page can be checked on its own.
                    page.figure(t.text("qr", c.checkLink()),
                            cs -> drawQr(cs, qr, (PAGE.getWidth() - QR_SIZE) / 2, footerTop + 12));
                    draw(page, footer, footerTop);
                }
            }
            return pdf.save();
        } catch (IOException e) {
            throw new UncheckedIOException("Certificaat kon niet worden opgemaakt", e);
        }
    }

    private static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the check link does not fit in a QR code: " + text, e);
        }
    }

    /** The QR code as filled squares (vector, no image): sharp at any print size. */
    private static void drawQr(PDPageContentStream cs, BitMatrix qr, float x, float y) throws IOException {
        float module = QR_SIZE / qr.getWidth();
        cs.setNonStrokingColor(0f);
        for (int row = 0; row < qr.getHeight(); row++) {
            for (int col = 0; col < qr.getWidth(); col++) {
                if (qr.get(col, row)) {
                    cs.addRect(x + col * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
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
                    line = new Line(line.text(), line.font(), line.size(), 0, line.role()); // no gap at the top of a page
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

    /** Draws lines centred horizontally, starting just below {@code top}, each as tagged content. */
    private static void draw(ArchivalPdf.Page page, List<Line> lines, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            y -= line.gapBefore() + line.height();
            float x = (PAGE.getWidth() - PdfText.width(line.text(), line.font(), line.size())) / 2;
            float baseline = y;
            page.text(line.role(), cs -> {
                cs.beginText();
                cs.setFont(line.font(), line.size());
                cs.newLineAtOffset(x, baseline);
                cs.showText(line.text());
                cs.endText();
            });
        }
    }

    /** Makes the text encodable and wraps it to the text width; only the first line gets the gap. */
    private static List<Line> lines(String text, PDFont font, float size, float gapBefore, String role) throws IOException {
        List<Line> result = new ArrayList<>();
        for (String part : PdfText.wrap(PdfText.encodable(text, font), font, size, TEXT_WIDTH)) {
            result.add(new Line(part, font, size, result.isEmpty() ? gapBefore : 0, role));
        }
        return result;
    }

    /** The largest size from {@code largest} down to {@code smallest} at which the text fits on one line: a name is not broken if it can be helped. */
    private static float fitting(String text, PDFont font, float largest, float smallest) throws IOException {
        String shown = PdfText.encodable(text, font);
        float size = largest;
        while (size > smallest && PdfText.width(shown, font, size) > TEXT_WIDTH) {
            size -= 1;
        }
        return size;
    }
}
