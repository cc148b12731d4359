package nl.weerbaar.scenarios;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on the scenario upload path (profile {@code fuzz} only). Seeds are in
 * {@code ScenarioFileFuzzTestInputs/anyBytes}; inputs it finds are moved to
 * {@code scenario-fuzz-found/} and replayed by {@link ScenarioFileRegressionTest} in the normal build.
 */
class ScenarioFileFuzzTest {

    @FuzzTest(maxDuration = "4m", maxExecutions = 1_000_000)
    void anyBytes(byte[] bytes) {
        ScenarioFileContract.holdsFor(bytes);
    }
}
