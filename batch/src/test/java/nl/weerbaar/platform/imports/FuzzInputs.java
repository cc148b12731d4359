package nl.weerbaar.platform.imports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The seed and found inputs of a fuzz test: test resources next to its class, for the regression replays. */
public final class FuzzInputs {

    private FuzzInputs() {
    }

    public static List<Path> of(Class<?> owner, String... directories) {
        return Stream.of(directories).map(owner::getResource).filter(Objects::nonNull).flatMap(FuzzInputs::files).toList();
    }

    private static Stream<Path> files(URL directory) {
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            return files.sorted().toList().stream();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
