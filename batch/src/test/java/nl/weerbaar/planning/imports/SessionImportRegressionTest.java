package nl.weerbaar.planning.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.platform.TemporaryDataDirectory;
import nl.weerbaar.platform.imports.FuzzInputs;
import nl.weerbaar.platform.imports.SheetContract;
import nl.weerbaar.platform.imports.SheetContract.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the seeds and every input the fuzzer found for {@link SessionImport} in the normal build. */
class SessionImportRegressionTest {

    private static final List<Column> COLUMNS = List.of(Column.TEXT, Column.DATE_TIME, Column.DATE_TIME, Column.TEXT, Column.TEXT, Column.TEXT);

    @RegisterExtension
    final TemporaryDataDirectory dataDirectory = new TemporaryDataDirectory();

    static List<Path> inputs() {
        return FuzzInputs.of(SessionImportRegressionTest.class, "SessionImportFuzzTestInputs/anyFile", "session-import-fuzz-found");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void aFoundFileIsRefusedWithWordsOrReadCell(Path input) throws IOException {
        SheetContract.holdsFor(Files.readAllBytes(input), SessionImport.HEADER, COLUMNS);
    }

    @Test
    void theSeedsAreThere() {
        assertFalse(inputs().isEmpty(), "the fuzzer's inputs are on the test class path");
    }
}
