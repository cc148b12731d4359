package nl.weerbaar.learning.completion.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Renders the certificate for the training "Omgaan met intimidatie en bedreiging" as PDF/A-2b that is
 * also tagged (document language Dutch, headings and paragraphs, the QR code as a figure with its text),
 * so archives, screen readers and validators (veraPDF) accept it. DejaVu Sans is embedded, so every Dutch
 * name prints as written (ë, ï, é, ĳ). The printed check address and the QR code lead to the public check
 * page with the code filled in.
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

    private static final String TITLE = "Certificaat Omgaan met intimidatie en bedreiging";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
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

    public static byte[] render(Content c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "DejaVuSans.ttf");
            PDFont bold = font(doc, "DejaVuSans-Bold.ttf");
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"), Locale.forLanguageTag("nl"));
            describe(doc, c, now);
            Tags tags = Tags.of(doc);

            List<List<Line>> body = new ArrayList<>();
            body.add(lines("Certificaat", bold, 36, 0, StandardStructureTypes.H1));
            body.add(lines("Hierbij verklaren wij dat", regular, 14, 24, StandardStructureTypes.P));
            body.add(lines(c.name(), bold, 28, 12, StandardStructureTypes.P));
            body.add(lines("de training", regular, 14, 12, StandardStructureTypes.P));
            body.add(lines(c.training(), bold, 20, 4, StandardStructureTypes.P));
            body.add(lines("heeft gevolgd op " + DUTCH_DATE.format(c.sessionDate()) + " in " + c.sessionPlace(),
                    regular, 14, 4, StandardStructureTypes.P));
            if (!c.modules().isEmpty()) {
                body.add(lines("en de e-learningmodules heeft afgerond:", regular, 14, 12, StandardStructureTypes.P));
                for (String module : c.modules()) {
                    body.add(lines("\u2022 " + module, regular, 11, 3, StandardStructureTypes.P));
                }
            }
            body.add(lines("Afgerond op " + DUTCH_DATE.format(c.completedOn()), regular, 14, 20, StandardStructureTypes.P));
            body.add(lines("Opleidingsinstituut DJI, in opdracht van het Nederlands Genootschap van Burgemeesters",
                    regular, 11, 20, StandardStructureTypes.P));

            List<Line> footer = new ArrayList<>(lines("Verificatiecode: " + c.verificationCode(), bold, 11, 0,
                    StandardStructureTypes.P));
            footer.addAll(lines("Controleer dit certificaat op " + c.checkLink(), regular, 9, 2, StandardStructureTypes.P));

            float footerHeight = height(footer);
            float footerTop = MARGIN + footerHeight;
            float bodyBottom = footerTop + QR_SIZE + 24;
            BitMatrix qr = qr(c.checkLink());
            for (List<Line> pageLines : paginate(body, PAGE.getHeight() - MARGIN, bodyBottom)) {
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                Tags.Page tagged = tags.page(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    tagged.artifact(cs, () -> {
                        cs.setLineWidth(1.5f);
                        cs.addRect(BORDER_INSET, BORDER_INSET,
                                PAGE.getWidth() - 2 * BORDER_INSET, PAGE.getHeight() - 2 * BORDER_INSET);
                        cs.stroke();
                    });
                    draw(cs, tagged, pageLines, PAGE.getHeight() - MARGIN);
                    // The QR code and the check details go on every page, so each page can be checked on its own.
                    tagged.figure(cs, "QR-code naar " + c.checkLink(),
                            () -> drawQr(cs, qr, (PAGE.getWidth() - QR_SIZE) / 2, footerTop + 12));
                    draw(cs, tagged, footer, footerTop);
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Certificaat kon niet worden opgemaakt", e);
        }
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the class path (jasperreports-fonts)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The document information, its XMP twin (PDF/A wants both to agree), the sRGB output intent and the language. */
    private static void describe(PDDocument doc, Content c, Calendar now) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(TITLE);
        info.setAuthor("Weerbaar");
        info.setSubject("Certificaat voor " + c.name());
        info.setCreator("Weerbaar");
        info.setProducer("Weerbaar");
        info.setCreationDate(now);
        info.setModificationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(TITLE);
        dc.addCreator("Weerbaar");
        dc.setDescription("Certificaat voor " + c.name());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Weerbaar");
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        xmp.createAndAddAdobePDFSchema().setProducer("Weerbaar");
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("B is a PDF/A conformance level", e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(serialized.toByteArray());
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(doc,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        catalog.setLanguage("nl-NL");
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /** The logical structure: one Document element, a child per line or figure, each pointing at its marked content. */
    private static final class Tags {

        interface Drawing {
            void draw() throws IOException;
        }

        private final PDStructureElement document;

        private Tags(PDStructureElement document) {
            this.document = document;
        }

        static Tags of(PDDocument doc) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(root);
            PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
            document.setLanguage("nl-NL");
            root.appendKid(document);
            return new Tags(document);
        }

        Page page(PDPage page) {
            return new Page(page);
        }

        final class Page {
            private final PDPage page;
            private int mcid;

            Page(PDPage page) {
                this.page = page;
                page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
            }

            void text(PDPageContentStream cs, String role, Drawing drawing) throws IOException {
                mark(cs, new PDStructureElement(role, document), drawing);
            }

            void figure(PDPageContentStream cs, String alternative, Drawing drawing) throws IOException {
                PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, document);
                figure.setAlternateDescription(alternative);
                mark(cs, figure, drawing);
            }

            void artifact(PDPageContentStream cs, Drawing drawing) throws IOException {
                org.apache.pdfbox.cos.COSDictionary properties = new org.apache.pdfbox.cos.COSDictionary();
                properties.setName(COSName.TYPE, "Pagination");
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
                drawing.draw();
                cs.endMarkedContent();
            }

            private void mark(PDPageContentStream cs, PDStructureElement element, Drawing drawing) throws IOException {
                element.setPage(page);
                int id = mcid++;
                org.apache.pdfbox.cos.COSDictionary properties = new org.apache.pdfbox.cos.COSDictionary();
                properties.setInt(COSName.MCID, id);
                cs.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
                drawing.draw();
                cs.endMarkedContent();
                element.appendKid(Integer.valueOf(id));
                document.appendKid(element);
            }
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
    private static void draw(PDPageContentStream cs, Tags.Page tags, List<Line> lines, float top) throws IOException {
        float y = top;
        for (Line line : lines) {
            y -= line.gapBefore() + line.height();
            float x = (PAGE.getWidth() - width(line.text(), line.font(), line.size())) / 2;
            float baseline = y;
            tags.text(cs, line.role(), () -> {
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
        for (String part : wrap(encodable(text, font), font, size)) {
            result.add(new Line(part, font, size, result.isEmpty() ? gapBefore : 0, role));
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
     * Names may contain any Unicode; DejaVu Sans covers Latin, Greek and Cyrillic but not, say, Chinese:
     * a character without a glyph becomes '?' rather than failing the whole certificate. Whitespace
     * becomes a plain space, since control characters cannot be shown either.
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
