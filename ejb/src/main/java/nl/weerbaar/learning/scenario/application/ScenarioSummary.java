package nl.weerbaar.learning.scenario.application;

/** A scenario in the trainers' library: its published version (if any), its draft (if any), and how often it was played. */
public record ScenarioSummary(String scenarioId, String title, String part, Integer publishedVersion, Integer draftVersion,
        long attempts) implements java.io.Serializable {
}
