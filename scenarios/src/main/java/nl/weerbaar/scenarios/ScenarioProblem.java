package nl.weerbaar.scenarios;

/** One thing wrong with a scenario file: where (file, line when known, node when known) and what. */
public record ScenarioProblem(String file, Integer line, String node, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + (node == null ? "" : " [" + node + "]") + ": " + message;
    }
}
