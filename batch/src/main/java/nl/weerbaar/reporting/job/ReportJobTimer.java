package nl.weerbaar.reporting.job;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Times every run of a report job (a restart is a run of its own) in WildFly's Micrometer registry:
 * {@code weerbaar_report_job_seconds{job,status}} at :9990/metrics, labelled with the job's name and
 * the batch status it ended with — never its parameters or who started it.
 */
@Named("reportJobTimer")
@Dependent
public class ReportJobTimer implements JobListener {

    @Inject
    private JobContext job;

    @Inject
    private MeterRegistry registry;

    private long started;

    @Override
    public void beforeJob() {
        started = System.nanoTime();
    }

    @Override
    public void afterJob() {
        Timer.builder("weerbaar.report.job").tag("job", job.getJobName())
                .tag("status", String.valueOf(job.getBatchStatus()))
                .description("How long report job runs took, by job and outcome").register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
