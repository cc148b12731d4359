package nl.weerbaar.reporting.job;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.concurrent.TimeUnit;

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
        // The registry's own method, not the builder: WildFly 39 exports no meter made with a builder.
        registry.timer("weerbaar.report.job", "job", job.getJobName(), "status", String.valueOf(job.getBatchStatus()))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
