package nl.weerbaar.people.imports;

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

/** Replays the seeds and every input the fuzzer found for {@link ParticipantImport} in the normal build. */
class ParticipantImportRegressionTest {

    private static final List<Column> COLUMNS = List.of(Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.DATE);

    @RegisterExtension
    final TemporaryDataDirectory dataDirectory = new TemporaryDataDirectory();

    static List<Path> inputs() {
        return FuzzInputs.of(ParticipantImportRegressionTest.class, "ParticipantImportFuzzTestInputs/anyFile", "participant-import-fuzz-found");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void aFoundFileIsRefusedWithWordsOrReadCell(Path input) throws IOException {
        SheetContract.holdsFor(Files.readAllBytes(input), ParticipantImport.HEADER, COLUMNS);
    }

    @Test
    void theSeedsAreThere() {
        assertFalse(inputs().isEmpty(), "the fuzzer's inputs are on the test class path");
    }
}
