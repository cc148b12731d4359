package nl.weerbaar.reporting.job;

import jakarta.annotation.PostConstruct;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The report runs a previous server process left behind: at start-up nothing runs yet, so a run
 * the job repository still calls STARTING, STARTED or STOPPING was cut off (the server was killed
 * or stopped). They may be restarted; JBeret's default restart mode ("detect") accepts them.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());
    private static final Set<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private final Set<Long> interrupted = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void find() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        for (ReportKind kind : ReportKind.values()) {
            try {
                jobs.getJobInstances(kind.job(), 0, 200).stream()
                        .flatMap(i -> jobs.getJobExecutions(i).stream())
                        .filter(e -> UNFINISHED.contains(e.getBatchStatus()))
                        .forEach(e -> interrupted.add(e.getExecutionId()));
            } catch (NoSuchJobException none) {
                // never ran
            }
        }
        if (!interrupted.isEmpty()) {
            LOG.warning(() -> "Report runs cut off by the previous server process (restartable): " + interrupted);
        }
    }

    public boolean contains(long executionId) {
        return interrupted.contains(executionId);
    }

    /** Once restarted, the old run is history. */
    public void restarted(long executionId) {
        interrupted.remove(executionId);
    }
}
