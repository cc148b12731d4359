package nl.weerbaar.planning.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.weerbaar.platform.DataDirectory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.weerbaar.platform.TemporaryDataDirectory;

class SessionWorkbookWriterTest {

    @RegisterExtension
    final TemporaryDataDirectory dataDirectory = new TemporaryDataDirectory();

    @Test
    void theStreamedRowsSpillIntoAPrivateTempDirectoryThatIsEmptyOnceTheStepCloses() throws Exception {
        Path target = dataDirectory.root().resolve("exports").resolve("sessies.xlsx");
        SessionWorkbookWriter writer = new SessionWorkbookWriter();
        Field file = SessionWorkbookWriter.class.getDeclaredField("file");
        file.setAccessible(true);
        file.set(writer, target.toString());
        Path temp = dataDirectory.root().resolve("tmp").resolve("poi");

        writer.open(null);
        List<Object> rows = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            rows.add(new SessionRow(i, "Training " + i, LocalDateTime.of(2027, 3, 1, 9, 0),
                    LocalDateTime.of(2027, 3, 1, 16, 0), "Utrecht", "Utrecht", 8, "OPEN"));
        }
        writer.writeItems(rows);

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)));
        assertTrue(count(temp) > 0, "rows beyond the window are spilled to the private directory, not /tmp");
        writer.close();

        assertEquals(0, count(temp), "no temp file is left after the step");
        try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(target))) {
            assertEquals(500, written.getSheetAt(0).getLastRowNum());
        }
    }

    private static long count(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
