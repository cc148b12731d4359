package nl.weerbaar.people.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.people.application.GemeenteListImport.GemeenteListRejected;
import nl.weerbaar.people.application.GemeenteListImport.Problem;
import nl.weerbaar.people.domain.Provincie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of an uploaded list of gemeenten (RFC 4180, parsed by Commons CSV, so a quoted field may
 * hold commas, quotes and newlines), each checked; reading changes nothing. Blank lines are skipped
 * and not counted: a problem names the record, the header being 1.
 */
final class GemeenteList {

    /** One gemeente as the list gives it. */
    record Entry(String code, String naam, String veiligheidsregioCode, String veiligheidsregio, Provincie provincie) {
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private GemeenteList() {
    }

    /**
     * The gemeenten on the list, in its order.
     *
     * @throws GemeenteListRejected with every bad record, when the header, a row or the whole list is wrong
     */
    static List<Entry> read(String csv) {
        String text = csv == null ? "" : csv.replace("\uFEFF", "");
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!headerOk(records)) {
                throw new GemeenteListRejected(List.of(new Problem(1, "kop")));
            }
            return entries(records);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
    }

    private static boolean headerOk(Iterator<CSVRecord> records) {
        try {
            List<String> header = next(records);
            return header != null && String.join(",", header).equals(GemeenteListImport.HEADER);
        } catch (UncheckedIOException | IllegalStateException malformed) {
            return false;
        }
    }

    private static List<Entry> entries(Iterator<CSVRecord> records) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Entry> rows = new LinkedHashMap<>();
        int line = 1;
        while (true) {
            List<String> fields;
            try {
                fields = next(records);
            } catch (UncheckedIOException | IllegalStateException malformed) {
                // An unclosed quote or text after a closing quote: this record and the rest cannot be read.
                problems.add(new Problem(line + 1, "velden"));
                break;
            }
            if (fields == null) {
                break;
            }
            line++;
            Problem problem = problem(fields, line, rows);
            if (problem != null) {
                problems.add(problem);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "leeg"));
        }
        if (!problems.isEmpty()) {
            throw new GemeenteListRejected(problems);
        }
        return List.copyOf(rows.values());
    }

    /** What is wrong with one row, or null after adding it to the rows. */
    private static Problem problem(List<String> fields, int line, Map<String, Entry> rows) {
        if (fields.size() != 5 || fields.stream().anyMatch(String::isBlank)) {
            return new Problem(line, "velden");
        }
        if (!fields.get(0).matches("GM\\d{4}")) {
            return new Problem(line, "code");
        }
        Provincie provincie = Provincie.metNaam(fields.get(4)).orElse(null);
        if (provincie == null) {
            return new Problem(line, "provincie");
        }
        Entry entry = new Entry(fields.get(0), fields.get(1), fields.get(2), fields.get(3), provincie);
        return rows.putIfAbsent(entry.code(), entry) == null ? null : new Problem(line, "dubbel");
    }

    /** The next record that is not blank, its fields stripped; null at the end. */
    private static List<String> next(Iterator<CSVRecord> records) {
        while (records.hasNext()) {
            List<String> fields = records.next().stream().map(String::strip).toList();
            if (fields.size() > 1 || !fields.get(0).isEmpty()) {
                return fields;
            }
        }
        return null;
    }
}
