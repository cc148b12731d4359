package nl.weerbaar.platform.poi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import nl.weerbaar.platform.DataDirectory;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * POI's settings are JVM-wide, so they are set here, once and explicitly, before any workbook is read
 * or written: limits that refuse a "zip bomb" (an .xlsx that inflates far beyond its size) and SXSSF's
 * temp files in {@code tmp/poi} under the data directory (owner-only), not in the shared system temp.
 */
public final class PoiSettings {

    /** Refuse an entry that inflates more than 100 times (POI checks this from 100 KB of output on). */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of an uploaded sheet (at most 5 MB) is legitimately larger than this uncompressed. */
    public static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** Characters of text POI extracts from one file. */
    public static final long MAX_TEXT_SIZE = 5_000_000L;

    private static Path tempDirectory;

    private PoiSettings() {
    }

    /** Sets the limits and points POI's temp files at the data directory's private {@code tmp/poi}. */
    public static synchronized Path apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        Path wanted = DataDirectory.of("tmp").resolve("poi");
        if (!wanted.equals(tempDirectory) || !Files.isDirectory(wanted)) {
            createPrivate(wanted);
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(wanted.toFile()));
            tempDirectory = wanted;
        }
        return wanted;
    }

    /** A streaming workbook whose temp files go to the private directory; close it (that disposes them). */
    public static SXSSFWorkbook streamingWorkbook(int rowsInMemory) {
        apply();
        return new SXSSFWorkbook(rowsInMemory);
    }

    /** Whether POI refused the file for one of the limits above (it says so only in its message). */
    public static boolean refusedAsHostile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("potentially malicious")
                    || message.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }

    private static void createPrivate(Path directory) {
        try {
            Files.createDirectories(directory);
            try {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                directory.toFile().setReadable(false, false);
                directory.toFile().setReadable(true, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create POI's temp directory " + directory, e);
        }
    }
}
