package nl.weerbaar.reporting.job;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.DataDirectory;
import nl.weerbaar.platform.errors.Conflict;

/**
 * The monthly participation report (first of the month, 06:00), and the retention of report files:
 * files older than {@code weerbaar.report.retention.days} (default 400) are deleted nightly.
 */
@Singleton
public class ReportSchedule {

    public static final String RETENTION = "weerbaar.report.retention.days";

    private static final Logger LOG = Logger.getLogger(ReportSchedule.class.getName());

    @EJB
    private Reports reports;

    @Schedule(dayOfMonth = "1", hour = "6", minute = "0", timezone = "Europe/Amsterdam", persistent = false)
    void monthly() {
        try {
            long id = reports.startScheduled(Amsterdam.now().getYear());
            LOG.info(() -> "Monthly participation report started: " + id);
        } catch (Conflict running) {
            LOG.info("Monthly participation report already running");
        }
    }

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Amsterdam", persistent = false)
    void retention() {
        Instant before = Instant.now().minus(Duration.ofDays(Long.getLong(RETENTION, 400)));
        Path dir = DataDirectory.of("reports");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(before);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete old report " + f, e);
                }
            });
        }
        catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list old reports", e);
        }
    }
}
