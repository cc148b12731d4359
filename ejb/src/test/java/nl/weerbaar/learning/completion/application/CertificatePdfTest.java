package nl.weerbaar.learning.completion.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    private static final String TRAINING = "Omgaan met intimidatie en bedreiging";
    private static final String CODE = "WB-7K3F-Q9XZ";

    private static CertificatePdf.Content content(String name, List<String> modules) {
        return new CertificatePdf.Content(name, TRAINING, LocalDate.of(2027, 3, 3), "Utrecht", modules,
                LocalDate.of(2027, 4, 15), CODE, "https://weerbaar.example.nl/certificaat.xhtml");
    }

    @Test
    void containsNameCodeTrainingDutchDatesAndModules() throws IOException {
        byte[] pdf = CertificatePdf.render(content("Marieke de Burgemeester",
                List.of("Dreiging herkennen", "Na een incident")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertTrue(text.contains("Certificaat"), text);
            assertTrue(text.contains("Marieke de Burgemeester"), text);
            assertTrue(text.contains("Verificatiecode: " + CODE), text);
            assertTrue(text.contains(TRAINING), text);
            assertTrue(text.contains("gevolgd op 3 maart 2027 in Utrecht"), text);
            assertTrue(text.contains("Afgerond op 15 april 2027"), text);
            assertTrue(text.contains("Dreiging herkennen"), text);
            assertTrue(text.contains("Na een incident"), text);
            assertTrue(text.contains("Opleidingsinstituut DJI, in opdracht van het Nederlands Genootschap van Burgemeesters"), text);
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("Certificaat Omgaan met intimidatie en bedreiging", doc.getDocumentInformation().getTitle());
            assertEquals("Weerbaar", doc.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void everyDutchNamePrintsAsWrittenAndOnlyCharactersWithoutAGlyphBecomeQuestionMarks() throws IOException {
        byte[] pdf = CertificatePdf.render(content("Zoë Çelik-Ñúñez van IJsselstein-Eĳkelenboom, Anaïs 张",
                List.of("Dreiging herkennen")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertTrue(text.contains("Zoë Çelik-Ñúñez van IJsselstein-Eĳkelenboom, Anaïs ?"), text);
            assertTrue(text.contains(CODE), text);
        }
    }

    /** veraPDF, the PDF Association's validator, reads the certificate as an archive would. */
    @Test
    void isPdfA2bByVeraPdf() throws Exception {
        byte[] pdf = CertificatePdf.render(content("Anaïs van IJsselstein-Eĳkelenboom", List.of("Dreiging herkennen", "Na een incident")));

        List<String> broken = nl.weerbaar.platform.pdf.VeraPdf.brokenRules(pdf);
        assertTrue(broken.isEmpty(), () -> "veraPDF: " + broken);
    }

    /** The control: a PDF with an unembedded font and no metadata is refused, so the validator really checks. */
    @Test
    void veraPdfRefusesAPlainPdf() throws Exception {
        try (PDDocument plain = new PDDocument(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            plain.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(plain, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.showText("Certificaat");
                cs.endText();
            }
            plain.save(out);
            assertFalse(nl.weerbaar.platform.pdf.VeraPdf.brokenRules(out.toByteArray()).isEmpty());
        }
    }

    @Test
    void isTaggedInDutchWithTheQrCodeAsAFigure() throws IOException {
        byte[] pdf = CertificatePdf.render(content("Marieke de Burgemeester", List.of("Dreiging herkennen")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement document =
                    (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                            doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            assertEquals("Document", document.getStructureType());
            List<String> types = document.getKids().stream()
                    .map(k -> ((org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) k).getStructureType())
                    .toList();
            assertEquals("H1", types.get(0));
            assertTrue(types.contains("Figure"), types.toString());
        }
    }

    /** The QR code, read back from the rendered page by ZXing's reader, leads to the check page with the code. */
    @Test
    void theQrCodeAndThePrintedLineLeadToTheCheckPageWithTheCode() throws Exception {
        byte[] pdf = CertificatePdf.render(content("Marieke de Burgemeester", List.of("Dreiging herkennen")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150);
            com.google.zxing.Result qr = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se.BufferedImageLuminanceSource(page))),
                    java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE));
            String link = "https://weerbaar.example.nl/certificaat.xhtml?code=" + CODE;
            assertEquals(link, qr.getText());
            assertTrue(text(doc).contains("Controleer dit certificaat op " + link), text(doc));
        }
    }

    /** A holder who chose English gets an English certificate, tagged en, still PDF/A-2b by veraPDF. */
    @Test
    void anEnglishHolderGetsAnEnglishCertificateTaggedEnThatVeraPdfAccepts() throws Exception {
        CertificateTexts english = CertificateTexts.in(java.util.Locale.ENGLISH);
        List<String> modules = nl.weerbaar.scenarios.LearningModule.shipped().stream().map(english::module).toList();
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content("Anaïs van IJsselstein-Eĳkelenboom", english.training(),
                LocalDate.of(2027, 3, 3), "Utrecht", modules, LocalDate.of(2027, 4, 15), CODE,
                "https://weerbaar.example.nl/certificaat.xhtml"), english);

        List<String> broken = nl.weerbaar.platform.pdf.VeraPdf.brokenRules(pdf);
        assertTrue(broken.isEmpty(), () -> "veraPDF: " + broken);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement document =
                    (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
                            doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            assertEquals("en", document.getLanguage());
            String text = text(doc);
            for (String line : List.of("Certificate", "This is to certify that", "Anaïs van IJsselstein-Eĳkelenboom",
                    "has attended the training", "Dealing with intimidation and threats", "on 3 March 2027 in Utrecht",
                    "and has completed the e-learning modules:", "Preparation: prevention and the network",
                    "Aftercare after an incident", "Completed on 15 April 2027", "Verification code: " + CODE,
                    "Check this certificate at https://weerbaar.example.nl/certificaat.xhtml?code=" + CODE)) {
                assertTrue(text.contains(line), line + " in: " + text);
            }
            for (String dutch : List.of("Certificaat", "Hierbij", "gevolgd", "Afgerond", "Verificatiecode", "Controleer",
                    "maart", "april", "Voorbereiding", "Nazorg")) {
                assertFalse(text.contains(dutch), dutch + " in: " + text);
            }
            assertEquals("Certificate Dealing with intimidation and threats", doc.getDocumentInformation().getTitle());
            assertEquals("Certificate for Anaïs van IJsselstein-Eĳkelenboom", doc.getDocumentInformation().getSubject());
        }
    }

    /** Every other language gets the Dutch certificate, as before. */
    @Test
    void anyOtherLanguageGetsTheDutchCertificate() {
        assertEquals("nl-NL", CertificateTexts.in(java.util.Locale.GERMAN).locale().toLanguageTag());
        assertEquals("Afgerond op 15 april 2027", CertificateTexts.in(java.util.Locale.forLanguageTag("nl"))
                .text("afgerond", CertificateTexts.DUTCH.date(LocalDate.of(2027, 4, 15))));
        assertEquals(TRAINING, CertificateTexts.DUTCH.training());
        nl.weerbaar.scenarios.LearningModule first = nl.weerbaar.scenarios.LearningModule.shipped().get(0);
        assertEquals(first.title(), CertificateTexts.DUTCH.module(first), "Dutch module titles are the shipped ones");
    }

    /** English has every Dutch text, and a title for every shipped module. */
    @Test
    void englishHasEveryTextAndEveryModuleTitle() throws IOException {
        java.util.Properties dutch = properties("certificate.properties");
        java.util.Properties english = properties("certificate_en.properties");
        assertTrue(english.stringPropertyNames().containsAll(dutch.stringPropertyNames()),
                "English lacks " + new java.util.TreeSet<>(dutch.stringPropertyNames()).stream()
                        .filter(k -> !english.containsKey(k)).toList());
        for (nl.weerbaar.scenarios.LearningModule module : nl.weerbaar.scenarios.LearningModule.shipped()) {
            assertTrue(english.containsKey("module." + module.id()), module.id());
        }
        assertTrue(properties("certificate_nl.properties").isEmpty(), "Dutch comes from the base bundle");
    }

    private static java.util.Properties properties(String file) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = CertificatePdfTest.class.getResourceAsStream("/nl/weerbaar/learning/completion/" + file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aLongNameIsMadeSmallerToStayOnOneLine() throws IOException {
        String name = "Marieke van Oosterhout-IJsselstein";
        byte[] pdf = CertificatePdf.render(content(name, List.of("Dreiging herkennen")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(doc).contains(name + System.lineSeparator()), "the name on one line");
        }
    }

    @Test
    void longModuleListsAreWrappedAndKeptOnThePage() throws IOException {
        List<String> modules = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "Module " + i + ": omgaan met agressie, intimidatie en bedreiging van ambtsdragers"
                        + " in de openbare ruimte, op sociale media en thuis aan de voordeur")
                .toList();
        byte[] pdf = CertificatePdf.render(content("Marieke de Burgemeester", modules));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
            GlyphBounds stripper = new GlyphBounds();
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(modules.get(11)), text);
            assertTrue(text.contains(CODE), text);
            assertTrue(stripper.outside.isEmpty(), "glyphs off the page: " + stripper.outside);
        }
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    /** Records every glyph that does not lie completely within its page. */
    private static final class GlyphBounds extends PDFTextStripper {
        final List<String> outside = new ArrayList<>();

        GlyphBounds() throws IOException {
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            PDRectangle box = getCurrentPage().getMediaBox();
            for (TextPosition p : positions) {
                boolean inside = p.getXDirAdj() >= 0 && p.getXDirAdj() + p.getWidthDirAdj() <= box.getWidth()
                        && p.getYDirAdj() - p.getHeightDir() >= 0 && p.getYDirAdj() <= box.getHeight();
                if (!inside) {
                    outside.add(p.getUnicode() + "@" + p.getXDirAdj() + "," + p.getYDirAdj());
                }
            }
            super.writeString(string, positions);
        }
    }
}
