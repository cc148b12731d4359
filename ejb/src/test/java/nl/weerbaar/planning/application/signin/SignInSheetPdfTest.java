package nl.weerbaar.planning.application.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.weerbaar.platform.pdf.VeraPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SignInSheetPdfTest {

    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 1, 9, 30);

    private static SignInSheetPdf.Content content(List<SignInSheetPdf.Person> people) {
        return new SignInSheetPdf.Content("Omgaan met intimidatie en bedreiging", NINE, NINE.withHour(16).withMinute(0), "Nieuwegein, Zaal 2",
                people);
    }

    @Test
    void namesTheSessionAndEveryoneWithOfficeAndGemeente() throws Exception {
        byte[] pdf = SignInSheetPdf.render(content(List.of(
                new SignInSheetPdf.Person("Anaïs van IJsselstein-Eĳkelenboom", "Burgemeester", "Súdwest-Fryslân"),
                new SignInSheetPdf.Person("Jan de Vries", "Wethouder", "'s-Hertogenbosch"))));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Presentielijst"), text);
            assertTrue(text.contains("maandag 1 maart 2027, 09:30\u201316:00"), text);
            assertTrue(text.contains("Nieuwegein, Zaal 2"), text);
            assertTrue(text.contains("Anaïs van IJsselstein-Eĳkelenboom"), "the whole name, over two lines if need be: " + text);
            assertTrue(text.contains("Burgemeester Súdwest-Fryslân"), text);
            assertTrue(text.contains("Handtekening"), text);
            assertEquals("nl-NL", doc.getDocumentCatalog().getLanguage());
        }
        List<String> broken = VeraPdf.brokenRules(pdf);
        assertTrue(broken.isEmpty(), () -> "veraPDF: " + broken);
    }

    @Test
    void aLongListRunsOverPagesWithTheHeaderOnEachAndATableAReaderCanFollow() throws Exception {
        List<SignInSheetPdf.Person> people = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new SignInSheetPdf.Person("Deelnemer " + i, "Raadslid", "Utrecht")).toList();
        byte[] pdf = SignInSheetPdf.render(content(people));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(doc).contains("Handtekening"), "the header on page " + page);
            }
            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            PDStructureElement table = document.getKids().stream().map(PDStructureElement.class::cast)
                    .filter(e -> "Table".equals(e.getStructureType())).findFirst().orElseThrow();
            List<String> rows = new ArrayList<>();
            table.getKids().forEach(r -> rows.add(((PDStructureElement) r).getStructureType()));
            assertEquals(40 + doc.getNumberOfPages(), rows.size(), "a row per person and a header row per page");
            PDStructureElement header = (PDStructureElement) table.getKids().get(0);
            assertEquals("TH", ((PDStructureElement) header.getKids().get(0)).getStructureType());
        }
        List<String> broken = VeraPdf.brokenRules(pdf);
        assertTrue(broken.isEmpty(), () -> "veraPDF: " + broken);
    }

    @Test
    void anEmptySessionSaysSo() throws Exception {
        try (PDDocument doc = Loader.loadPDF(SignInSheetPdf.render(content(List.of())))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("geen deelnemers"));
        }
    }
}
