package nl.weerbaar.platform.poi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Gives a written workbook the two things of ECMA-376 that POI leaves out of {@code xl/styles.xml}: the
 * built-in "Normal" cell style ({@code <cellStyles>}, which spreadsheet programs apply to new cells and
 * which some refuse to be without), and {@code gray125} as the second fill, which the standard reserves
 * (POI writes {@code darkGray}). POI's lite schema jar has no classes for cell styles, so the part is
 * edited as text once the workbook is written; every other entry is copied as it is.
 */
public final class NormalStyle {

    private static final String STYLES = "xl/styles.xml";
    private static final String CELL_STYLES = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";

    private NormalStyle() {
    }

    /** Rewrites the workbook at this path in place (through a sibling temp file). */
    public static void addTo(Path workbook) throws IOException {
        Path fixed = workbook.resolveSibling(workbook.getFileName() + ".styled");
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(fixed))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    if (STYLES.equals(entry.getName())) {
                        out.write(fixed(new String(content.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
                    } else {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(fixed);
            throw e;
        }
        Files.move(fixed, workbook, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The style sheet with the Normal style after the cell formats and gray125 as the second fill. */
    static String fixed(String styles) {
        String result = styles.replaceFirst("(<fills count=\"\\d+\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\")darkGray(\"/></fill>)",
                "$1gray125$2");
        if (!result.contains("<cellStyles")) {
            int end = result.indexOf("</cellXfs>");
            if (end >= 0) {
                end += "</cellXfs>".length();
                result = result.substring(0, end) + CELL_STYLES + result.substring(end);
            }
        }
        return result;
    }

}
