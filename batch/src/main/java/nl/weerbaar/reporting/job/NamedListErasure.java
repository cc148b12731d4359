package nl.weerbaar.reporting.job;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import nl.weerbaar.people.application.ParticipantErased;
import nl.weerbaar.platform.errors.Conflict;

/**
 * Erasure and NGB's named lists: every named-list file (and spool) there is goes, in the erasing
 * transaction. All of them rather than those that name her: which lists did is a matter of her
 * enrolments' periods and each list's date, and a wrong guess keeps her name for 400 days, while a
 * deleted list is made again in moments. While a named list is being made the erasure waits (409),
 * or the run would publish her name after she was erased.
 */
@ApplicationScoped
public class NamedListErasure {

    private static final Logger LOG = Logger.getLogger(NamedListErasure.class.getName());
    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    void on(@Observes ParticipantErased erased) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        List<JobExecution> runs = runs(jobs, ReportKind.OPERATIONAL.job());
        if (runs.stream().anyMatch(run -> RUNNING.contains(run.getBatchStatus()))) {
            throw new Conflict("rapport.namenlijst.loopt");
        }
        int deleted = 0;
        for (JobExecution run : runs) {
            Properties parameters = run.getJobParameters();
            for (String name : new String[] {"file", "spool"}) {
                String path = parameters.getProperty(name);
                if (path != null) {
                    deleted += delete(Path.of(path)) + delete(Path.of(path + ".part"));
                }
            }
        }
        int count = deleted;
        LOG.info(() -> "Erasure of participant " + erased.participantId() + ": " + count + " named-list files deleted");
    }

    private static List<JobExecution> runs(JobOperator jobs, String job) {
        try {
            return jobs.getJobInstances(job, 0, Math.max(1, jobs.getJobInstanceCount(job))).stream()
                    .flatMap(instance -> jobs.getJobExecutions(instance).stream()).toList();
        } catch (NoSuchJobException none) {
            return List.of();
        }
    }

    private static int delete(Path file) {
        try {
            return Files.deleteIfExists(file) ? 1 : 0;
        } catch (IOException e) {
            // The erasure fails with it: a named list that could not be deleted must not outlive her record.
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
