package nl.weerbaar.platform.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
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
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A PDF that archives and assistive technology accept: PDF/A-2b (fonts embedded, XMP metadata that agrees
 * with the document information, an sRGB output intent) and tagged (a language, a Document element with a
 * child for every piece of text or figure, borders and rules marked as artifacts). DejaVu Sans is embedded,
 * so every Dutch name prints as written (ë, ï, é, ĳ). The certificate and the sign-in sheet are made with it;
 * veraPDF validates both in the tests.
 */
public final class ArchivalPdf implements AutoCloseable {

    /** Something drawn on a page inside its marked content. */
    @FunctionalInterface
    public interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final PDStructureElement document;
    private final String language;

    private ArchivalPdf(String title, String subject, Locale locale) throws IOException {
        this.language = locale.toLanguageTag();
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        describe(title, subject);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    /** A new document with this title (shown by viewers), subject and language. */
    public static ArchivalPdf create(String title, String subject, Locale locale) throws IOException {
        return new ArchivalPdf(title, subject, locale);
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The Document element, parent of the elements of every page. */
    public PDStructureElement document() {
        return document;
    }

    /** A structure element (a table, a row) under a parent, for content that is more than a list of paragraphs. */
    public PDStructureElement element(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /** Adds a page of this size; draw on it with the {@link Page} until it is closed. */
    public Page page(PDRectangle size) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        return new Page(page, new PDPageContentStream(doc, page));
    }

    public byte[] save() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** One page: every drawing is marked content of a structure element, or an artifact. */
    public final class Page implements AutoCloseable {
        private final PDPage page;
        private final PDPageContentStream cs;
        private int mcid;

        private Page(PDPage page, PDPageContentStream cs) {
            this.page = page;
            this.cs = cs;
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, 0);
        }

        /** Text (a heading, a paragraph, a cell) as a new element of this type under the Document. */
        public void text(String type, Drawing drawing) throws IOException {
            PDStructureElement element = new PDStructureElement(type, document);
            document.appendKid(element);
            mark(element, drawing);
        }

        /** Content of an element the caller made (a table cell): it gets this piece as its marked content. */
        public void into(PDStructureElement element, Drawing drawing) throws IOException {
            mark(element, drawing);
        }

        /** A figure with the text that stands in for it (WCAG 1.1.1, PDF/UA). */
        public void figure(String alternative, Drawing drawing) throws IOException {
            PDStructureElement figure = new PDStructureElement(StandardStructureTypes.Figure, document);
            figure.setAlternateDescription(alternative);
            document.appendKid(figure);
            mark(figure, drawing);
        }

        /** Decoration (borders, rules) that a reader skips. */
        public void artifact(Drawing drawing) throws IOException {
            COSDictionary properties = new COSDictionary();
            properties.setName(COSName.TYPE, "Layout");
            cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
            drawing.draw(cs);
            cs.endMarkedContent();
        }

        private void mark(PDStructureElement element, Drawing drawing) throws IOException {
            element.setPage(page);
            int id = mcid++;
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, id);
            cs.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            drawing.draw(cs);
            cs.endMarkedContent();
            element.appendKid(Integer.valueOf(id));
        }

        @Override
        public void close() throws IOException {
            cs.close();
        }
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = ArchivalPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the class path (jasperreports-fonts)");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The document information, its XMP twin (PDF/A wants both to agree), the sRGB output intent and the language. */
    private void describe(String title, String subject) throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("Europe/Amsterdam"), Locale.forLanguageTag("nl"));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Weerbaar");
        info.setSubject(subject);
        info.setCreator("Weerbaar");
        info.setProducer("Weerbaar");
        info.setCreationDate(now);
        info.setModificationDate(now);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator("Weerbaar");
        dc.setDescription(subject);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Weerbaar");
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        xmp.createAndAddAdobePDFSchema().setProducer("Weerbaar");
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
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

        catalog.setLanguage(language);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }
}
