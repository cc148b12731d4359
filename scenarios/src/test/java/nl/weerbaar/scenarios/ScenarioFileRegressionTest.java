package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replays the fuzzer's seeds and every input it found (see {@link ScenarioFileFuzzTest}) in the normal build. */
class ScenarioFileRegressionTest {

    static Stream<Path> inputs() throws IOException, URISyntaxException {
        return Stream.of("ScenarioFileFuzzTestInputs/anyBytes", "scenario-fuzz-found")
                .map(ScenarioFileRegressionTest.class::getResource)
                .filter(java.util.Objects::nonNull)
                .flatMap(url -> {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        return files.sorted().toList().stream();
                    } catch (IOException | URISyntaxException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void aFoundInputGetsProblemsOrAPlayableScenario(Path input) throws IOException {
        ScenarioFileContract.holdsFor(Files.readAllBytes(input));
    }

    @Test
    void theSeedsAndFoundInputsAreThere() throws Exception {
        List<Path> all = inputs().toList();
        assertFalse(all.isEmpty(), "the fuzzer's inputs are on the test class path");
    }
}
