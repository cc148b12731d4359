package nl.weerbaar.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A data directory of the test's own ({@link DataDirectory#PROPERTY}), made before each test and removed after it. */
public final class TemporaryDataDirectory implements BeforeEachCallback, AfterEachCallback {

    private Path root;
    private String previous;

    public Path root() {
        return root;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("weerbaar-data");
        previous = System.setProperty(DataDirectory.PROPERTY, root.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, previous);
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
