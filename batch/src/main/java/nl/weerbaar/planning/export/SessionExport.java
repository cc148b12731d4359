package nl.weerbaar.planning.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.DataDirectory;

/** Starts the session export job for NGB staff and hands out its finished files. */
@Stateless
@RolesAllowed(Roles.NGB)
public class SessionExport {

    static final String JOB = "session-export";

    // Looked up once: the server makes a new bean for every call, and the lookup is serialised.
    private static final JobOperator JOBS = BatchRuntime.getJobOperator();

    private final JobOperator jobs = JOBS;

    /** Starts an export in the background and returns its execution id. */
    public long start() {
        Path dir = DataDirectory.of("exports");
        // The execution id is not known before the start, so the file is named after a unique stamp.
        Path file = dir.resolve("sessies-" + System.nanoTime() + ".xlsx");
        Properties parameters = new Properties();
        parameters.setProperty("file", file.toString());
        return jobs.start(JOB, parameters);
    }

    /** The run with this id, if it is a session export. */
    public Optional<ExportRun> find(long executionId) {
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            return JOB.equals(execution.getJobName()) ? Optional.of(run(execution)) : Optional.empty();
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    /** The most recent runs, newest first (read on every view of the planning page). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ExportRun> recent(int count) {
        try {
            List<JobInstance> instances = jobs.getJobInstances(JOB, 0, count);
            return instances.stream()
                    .flatMap(i -> jobs.getJobExecutions(i).stream())
                    .map(SessionExport::run)
                    .sorted((a, b) -> Long.compare(b.executionId(), a.executionId()))
                    .toList();
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    /** The file of a completed run; empty while it runs, after a failure, or for another job. */
    public Optional<Path> file(long executionId) {
        try {
            JobExecution execution = jobs.getJobExecution(executionId);
            if (!JOB.equals(execution.getJobName()) || execution.getBatchStatus() != BatchStatus.COMPLETED) {
                return Optional.empty();
            }
            Path file = Path.of(jobs.getParameters(executionId).getProperty("file"));
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private static ExportRun run(JobExecution execution) {
        return new ExportRun(execution.getExecutionId(), execution.getBatchStatus().name(),
                local(execution.getStartTime()), local(execution.getEndTime()));
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), Amsterdam.ZONE);
    }
}
