package nl.weerbaar.reporting.job;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.DataDirectory;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.source.ReportSource;

/**
 * Starts, follows, stops, restarts and hands out the report jobs. BZK and NGB may run the
 * participation report; only NGB the named operational report, and for BZK those runs do not exist.
 */
@Stateless
@RolesAllowed({Roles.BZK, Roles.NGB})
public class Reports {

    /** Who starts the monthly run. */
    public static final String SCHEDULE = "maandelijks";

    private final JobOperator jobs = BatchRuntime.getJobOperator();

    @Resource
    private SessionContext caller;

    @Inject
    private ReportSource source;

    @Inject
    private AuditLog audit;

    @jakarta.ejb.EJB
    private InterruptedRuns interrupted;

    /** Starts a report whose workbook is in this language: English, or Dutch for any other. */
    public long start(ReportKind kind, ReportPeriod period, java.util.Locale language) {
        if (kind == ReportKind.OPERATIONAL && !caller.isCallerInRole(Roles.NGB)) {
            throw new NotFound("rapport.niet.gevonden");
        }
        return launch(kind, period, caller.getCallerPrincipal().getName(), language);
    }

    /** The monthly run: the participation report of the current year, in Dutch. */
    @jakarta.annotation.security.PermitAll
    public long startScheduled(int year) {
        return launch(ReportKind.PARTICIPATION, ReportPeriod.ofYear(year), SCHEDULE, java.util.Locale.forLanguageTag("nl"));
    }

    private long launch(ReportKind kind, ReportPeriod period, String by, java.util.Locale language) {
        for (ReportRun run : runs(kind, 20)) {
            if (run.running() && run.period().equals(period.label())) {
                throw new Conflict("rapport.loopt.al", period.label());
            }
        }
        Path dir = DataDirectory.of("reports");
        String stamp = UUID.randomUUID().toString();
        Properties parameters = new Properties();
        parameters.setProperty("year", String.valueOf(period.year()));
        parameters.setProperty("quarter", period.quarter() == null ? "" : String.valueOf(period.quarter()));
        parameters.setProperty("spool", dir.resolve(stamp + ".spool").toString());
        parameters.setProperty("file", dir.resolve(stamp + ".xlsx").toString());
        parameters.setProperty("startedBy", by);
        // The workbook's language; a restart keeps the parameters, and so the language.
        parameters.setProperty("language", "en".equals(language.getLanguage()) ? "en" : "nl");
        parameters.setProperty("expected", String.valueOf(source.count(period)));
        long id = jobs.start(kind.job(), parameters);
        audit.record("REPORT_STARTED", kind.name().toLowerCase(java.util.Locale.ROOT), id);
        return id;
    }

    public ReportRun run(long jobId) {
        return visible(jobId).orElseThrow(() -> new NotFound("rapport.niet.gevonden"));
    }

    /** The finished file; before it is finished, a conflict that says so. */
    public Path file(long jobId) {
        ReportRun run = run(jobId);
        if (!run.completed()) {
            throw new Conflict("rapport.nog.niet.klaar");
        }
        Path file = Path.of(jobs.getParameters(jobId).getProperty("file"));
        if (!Files.isRegularFile(file)) {
            throw new NotFound("rapport.bestand.verlopen");
        }
        if (run.kind() == ReportKind.OPERATIONAL) {
            audit.record("NAMED_REPORT_DOWNLOADED", "report", jobId);
        }
        return file;
    }

    /** Restarts a failed or stopped run where its last checkpoint left off; returns the new execution id. */
    public long restart(long jobId) {
        ReportRun run = run(jobId);
        if (!run.restartable()) {
            throw new Conflict("rapport.niet.herstartbaar");
        }
        Properties parameters = jobs.getParameters(jobId);
        long id = jobs.restart(jobId, parameters);
        interrupted.restarted(jobId);
        audit.record("REPORT_RESTARTED", run.kind().name().toLowerCase(java.util.Locale.ROOT), id);
        return id;
    }

    public void stop(long jobId) {
        ReportRun run = run(jobId);
        if (!run.running()) {
            throw new Conflict("rapport.loopt.niet");
        }
        jobs.stop(jobId);
    }

    /** The recent runs the caller may see, newest first. */
    public List<ReportRun> recent(int count) {
        List<ReportRun> all = new ArrayList<>(runs(ReportKind.PARTICIPATION, count));
        if (caller.isCallerInRole(Roles.NGB)) {
            all.addAll(runs(ReportKind.OPERATIONAL, count));
        }
        all.sort((a, b) -> Long.compare(b.jobId(), a.jobId()));
        return all.size() > count ? all.subList(0, count) : all;
    }

    private List<ReportRun> runs(ReportKind kind, int count) {
        try {
            return jobs.getJobInstances(kind.job(), 0, count).stream()
                    .flatMap(i -> jobs.getJobExecutions(i).stream())
                    .map(e -> toRun(kind, e)).toList();
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private Optional<ReportRun> visible(long jobId) {
        try {
            JobExecution execution = jobs.getJobExecution(jobId);
            ReportKind kind = ReportKind.ofJob(execution.getJobName());
            if (kind == null || kind == ReportKind.OPERATIONAL && !caller.isCallerInRole(Roles.NGB)) {
                return Optional.empty();
            }
            return Optional.of(toRun(kind, execution));
        } catch (NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    private ReportRun toRun(ReportKind kind, JobExecution execution) {
        Properties p = execution.getJobParameters();
        String period = ReportPeriod.parse(p.getProperty("year"), p.getProperty("quarter")).label();
        return new ReportRun(execution.getExecutionId(), kind, period, p.getProperty("startedBy"),
                local(execution.getCreateTime()), local(execution.getEndTime()), execution.getBatchStatus().name(),
                progress(execution, Long.parseLong(p.getProperty("expected", "0"))), execution.getExitStatus(),
                interrupted.contains(execution.getExecutionId()));
    }

    /** From the read count of the chunk step: 0–95 while reading, 95 while writing the workbook, 100 when done. */
    private int progress(JobExecution execution, long expected) {
        if (execution.getBatchStatus() == BatchStatus.COMPLETED) {
            return 100;
        }
        long read = 0;
        boolean writing = false;
        for (StepExecution step : jobs.getStepExecutions(execution.getExecutionId())) {
            if ("write-workbook".equals(step.getStepName())) {
                writing = true;
            }
            for (Metric m : step.getMetrics()) {
                if (m.getType() == Metric.MetricType.READ_COUNT) {
                    read += m.getValue();
                }
            }
        }
        if (writing) {
            return 95;
        }
        return expected == 0 ? 0 : (int) Math.min(95, read * 95 / expected);
    }

    private static LocalDateTime local(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), Amsterdam.ZONE);
    }
}
