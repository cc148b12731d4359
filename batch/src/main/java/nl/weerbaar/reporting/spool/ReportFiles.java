package nl.weerbaar.reporting.spool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/** Reading a spool file line by line, and putting a finished workbook in place in one move. */
public final class ReportFiles {

    /** Writes something to a file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    public static void eachLine(Path spool, Consumer<String> line) throws IOException {
        if (!Files.exists(spool)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                if (!l.isEmpty()) {
                    line.accept(l);
                }
            }
        }
    }

    /** Writes to a .part file and moves it into place, so a half-written report is never offered. */
    public static void publish(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.writeTo(out);
        }
        if (target.getFileName().toString().endsWith(".xlsx")) {
            nl.weerbaar.platform.poi.NormalStyle.addTo(partial);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
