package nl.weerbaar.learning.completion.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                LocalDate.of(2027, 4, 15), CODE, "https://weerbaar.example.nl/certificaat/" + CODE);
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
    void charactersOutsideWinAnsiBecomeQuestionMarks() throws IOException {
        byte[] pdf = CertificatePdf.render(content("Zoë Çelik-Ñúñez 张", List.of("Dreiging herkennen")));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertTrue(text.contains("Zoë Çelik-Ñúñez ?"), text);
            assertTrue(text.contains(CODE), text);
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
