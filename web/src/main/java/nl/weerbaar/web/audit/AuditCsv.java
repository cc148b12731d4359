package nl.weerbaar.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.weerbaar.audit.application.AuditQuery;
import nl.weerbaar.audit.application.AuditSearch;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The audit lines of a search as CSV (RFC 4180), for the API and the audit page alike. */
final class AuditCsv {

    static final int MAX_LINES = 100_000;

    private AuditCsv() {
    }

    static String of(AuditSearch trail, AuditQuery query) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("at", "actor", "action", "subject", "address").get())) {
            Long before = null;
            int lines = 0;
            do {
                AuditSearch.Page page = trail.search(query, before, 1000);
                for (var e : page.items()) {
                    printer.printRecord(e.at(), e.actor(), e.action(), e.subject(), e.address());
                }
                lines += page.items().size();
                before = page.next();
            } while (before != null && lines < MAX_LINES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
