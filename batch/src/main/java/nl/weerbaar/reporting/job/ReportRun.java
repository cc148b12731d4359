package nl.weerbaar.reporting.job;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One run of a report: its execution id, kind and period, who started it and when, its Jakarta
 * Batch status with progress (0–100), the exit status (EMPTY when the period had no enrolments), and
 * whether a previous server process cut it off (its status then still says it runs).
 */
public record ReportRun(long jobId, ReportKind kind, String period, String startedBy, LocalDateTime started,
        LocalDateTime ended, String status, int progress, String exitStatus, boolean interrupted) implements Serializable {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    public boolean running() {
        return !interrupted && ("STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status));
    }

    public boolean restartable() {
        return interrupted || "FAILED".equals(status) || "STOPPED".equals(status);
    }

    public String fileName() {
        return kind.fileName(period);
    }
}
