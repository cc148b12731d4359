package nl.weerbaar.reporting.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.weerbaar.reporting.domain.ReportPeriod;
import org.junit.jupiter.api.Test;

/** The workbooks' words: both languages have every text, and periods and quarters are written the language's way. */
class ReportTextsTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishHasExactlyTheDutchKeysAndDutchComesFromTheBase() throws IOException {
        for (String bundle : List.of("/nl/weerbaar/reporting/workbook/texts", "/nl/weerbaar/reporting/figures/suppression")) {
            assertEquals(new TreeSet<>(load(bundle + ".properties").stringPropertyNames()),
                    new TreeSet<>(load(bundle + "_en.properties").stringPropertyNames()), bundle);
            assertTrue(load(bundle + "_nl.properties").isEmpty(), bundle);
        }
    }

    @Test
    void everyHeaderTheWorkbooksNameExistsInBothLanguages() {
        for (ReportTexts texts : List.of(ReportTexts.of("nl"), ReportTexts.of("en"))) {
            Stream.concat(Stream.of(ParticipationWorkbook.FIGURE_HEADERS), Stream.of(OperationalWorkbookBatchlet.HEADERS))
                    .forEach(key -> assertTrue(!texts.text(key).isBlank(), key));
        }
    }

    @Test
    void periodsAndQuartersAreWrittenTheLanguagesWay() {
        ReportPeriod quarter = new ReportPeriod(2025, 2);
        assertEquals("2025-K2", ReportTexts.of("nl").period(quarter));
        assertEquals("2025-Q2", ReportTexts.of("en").period(quarter));
        assertEquals("2025", ReportTexts.of("en").period(ReportPeriod.ofYear(2025)), "a year is not 2,025");
        assertEquals("Q3", ReportTexts.of("en").quarter("K3"));
        assertEquals("K3", ReportTexts.of(null).quarter("K3"), "a run from before reports had a language is Dutch");
        assertEquals("Toelichting bij de deelnamerapportage", ReportTexts.of("de").text("toelichting.titel"));
        assertEquals("Source: the enrolments for sessions that start in the period 2025-Q2. Each line counts an enrolment, "
                + "not a person; the report holds no names, e-mail addresses or municipalities.",
                ReportTexts.of("en").text("toelichting.bron", "2025-Q2"));
    }
}
