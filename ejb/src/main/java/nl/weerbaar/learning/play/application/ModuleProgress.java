package nl.weerbaar.learning.play.application;

import java.util.List;

/** A module with a participant's progress: passed when every required scenario is. */
public record ModuleProgress(String id, String title, String phase, boolean passed, List<ScenarioProgress> scenarios) implements java.io.Serializable {

    /**
     * One scenario of the module for her: passed (by its best attempt), the best total, how many
     * attempts, and the attempt to resume if one is in progress; {@code language} is the title's.
     */
    public record ScenarioProgress(String id, String title, String part, int estimatedMinutes, boolean required,
            boolean passed, Integer bestTotal, int passMark, int attempts, Long resumeAttemptId, String language) implements java.io.Serializable {
    }

    public long passedCount() {
        return scenarios.stream().filter(ScenarioProgress::passed).count();
    }
}
