package nl.weerbaar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.reporting.ReportIT;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/**
 * Benchmark (see ear/src/bench/report-bench.sh, which runs the server with a 256 MB heap): the BZK
 * participation report over 1,000,000 generated enrolments, next to bare POI SXSSF writing the
 * same number of rows and cells (9 per row, what the job spools per enrolment) in a loop, in the
 * same run. Prints wall times, the speed ratio and peak heaps; asserts only that the job completed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBench {

    private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    private static final int CELLS = 9;
    /** Enrolments generated per request, a multiple of the 8 places of a generated session. */
    private static final int CHUNK = 40_000;
    private static final int YEAR = 2024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theBzkReportOverAMillionEnrolmentsAgainstBareSxssf() throws Exception {
        long g0 = System.nanoTime();
        // In chunks, each its own request: a million rows in one request outlast any HTTP timeout.
        for (int done = 0; done < ROWS; done += CHUNK) {
            ReportIT.generate(YEAR, Math.min(CHUNK, ROWS - done));
            System.out.printf("generated %d of %d enrolments (%.0f s)%n", Math.min(done + CHUNK, ROWS), ROWS,
                    (System.nanoTime() - g0) / 1e9);
        }
        double generated = (System.nanoTime() - g0) / 1e9;

        Http admin = Http.api("admin");
        admin.postJson("api/admin/memory/reset", "");
        AtomicLong serverPeak = new AtomicLong();
        long maxMb = Http.object(admin.get("api/admin/memory").body()).getInt("maxMb");
        long t0 = System.nanoTime();
        long job = ReportIT.start("bzk", "participation", "year=" + YEAR);
        JsonObject done;
        try (Sampler sampler = new Sampler(() -> Http.object(admin.get("api/admin/memory").body()).getInt("usedMb"), serverPeak)) {
            done = ReportIT.await("bzk", job, Set.of("COMPLETED", "FAILED"), java.time.Duration.ofMinutes(15));
        }
        double report = (System.nanoTime() - t0) / 1e9;
        assertEquals("COMPLETED", done.getString("status"), done.toString());

        System.gc();
        AtomicLong clientPeak = new AtomicLong();
        double bare;
        try (Sampler sampler = new Sampler(() -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20,
                clientPeak)) {
            bare = bareSxssf();
        }

        System.out.println("== Reports: " + ROWS + " enrolments (generated in " + String.format("%.1f", generated) + " s)");
        System.out.printf("BZK report job      %7.1f s  %9.0f rows/s  server heap: peak used %d MB, max %d MB%n", report,
                ROWS / report, serverPeak.get(), maxMb);
        System.out.printf("bare SXSSF baseline %7.1f s  %9.0f rows/s  client heap: peak used %d MB (%d cells per row)%n", bare,
                ROWS / bare, clientPeak.get(), CELLS);
        System.out.printf("speed: the report runs at %.0f%% of bare SXSSF (goal >= 50%%); whole server heap peak %d MB "
                + "within a %d MB cap (goal <= 256 MB)%n", 100 * bare / report, serverPeak.get(), maxMb);
    }

    /** Writes ROWS rows of CELLS cells (numbers and short texts, like a spooled enrolment) with SXSSF. */
    private static double bareSxssf() throws Exception {
        Path file = Files.createTempFile("bare-sxssf", ".xlsx");
        long t0 = System.nanoTime();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Rijen");
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Noord-Holland");
                row.createCell(2).setCellValue("BURGEMEESTER");
                row.createCell(3).setCellValue(r % 4 + 1);
                row.createCell(4).setCellValue("ATTENDED");
                row.createCell(5).setCellValue(true);
                row.createCell(6).setCellValue(47500);
                row.createCell(7).setCellValue(2);
                row.createCell(8).setCellValue(false);
            }
            workbook.write(out);
        } finally {
            Files.deleteIfExists(file);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Samples a heap figure every 50 ms on its own thread and keeps the highest. */
    private static final class Sampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;

        Sampler(LongSupplier usedMb, AtomicLong peak) {
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(usedMb.getAsLong(), Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
