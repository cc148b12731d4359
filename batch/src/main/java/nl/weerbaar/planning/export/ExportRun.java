package nl.weerbaar.planning.export;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One run of the session export as the planning page lists it. */
public record ExportRun(long executionId, String status, LocalDateTime started, LocalDateTime ended)
        implements Serializable {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    public boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status);
    }
}
