package nl.weerbaar.people.imports;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.platform.DataDirectory;
import nl.weerbaar.platform.imports.SheetContract;
import nl.weerbaar.platform.imports.SheetContract.Column;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer on the file reading of {@link ParticipantImport} (profile {@code fuzz} only). Seeds are in
 * {@code ParticipantImportFuzzTestInputs/anyFile}; inputs it finds are moved to {@code participant-import-fuzz-found/} and replayed by
 * {@link ParticipantImportRegressionTest} in the normal build.
 */
class ParticipantImportFuzzTest {

    static final List<Column> COLUMNS = List.of(Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT, Column.DATE);

    @TempDir
    static Path data;

    @BeforeAll
    static void privateDataDirectory() {
        System.setProperty(DataDirectory.PROPERTY, data.toString());
    }

    @FuzzTest(maxDuration = "3m", maxExecutions = 1_000_000)
    void anyFile(byte[] file) {
        SheetContract.holdsFor(file, ParticipantImport.HEADER, COLUMNS);
    }
}
