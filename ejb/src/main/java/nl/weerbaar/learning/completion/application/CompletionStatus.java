package nl.weerbaar.learning.completion.application;

import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.learning.play.application.ModuleProgress;

/** Where a participant stands: attended, her modules, and when complete the date and certificate code. */
public record CompletionStatus(boolean attended, List<ModuleProgress> modules, LocalDate completedOn, String certificateCode) implements java.io.Serializable {

    public boolean complete() {
        return completedOn != null;
    }

    public boolean modulesPassed() {
        return modules.stream().allMatch(ModuleProgress::passed);
    }
}
