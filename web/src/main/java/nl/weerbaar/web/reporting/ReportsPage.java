package nl.weerbaar.web.reporting;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.job.ReportKind;
import nl.weerbaar.reporting.job.ReportRun;
import nl.weerbaar.reporting.job.Reports;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import nl.weerbaar.web.platform.pages.Messages;
import nl.weerbaar.web.platform.pages.Refusals;

/**
 * The reports page: start a report for a year or quarter (its workbook in the language of the page, which is
 * the one she chose), watch its progress (fed by the job's read count), and download, stop or restart it
 * from the list of recent runs.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reports reports;

    @Inject
    private LocalizedViolations violations;

    private Integer year = Amsterdam.now().getYear();
    private Integer quarter;
    private ReportKind kind = ReportKind.PARTICIPATION;
    private Long current;
    private List<ReportRun> recent;

    public void start() {
        try {
            ReportPeriod period = ReportPeriod.of(year, quarter);
            Refusals.attempt(() -> {
                current = reports.start(kind, period, Messages.locale()); // the language she reads the page in
                recent = null;
                Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("rapporten.gestart"));
            });
        } catch (InvalidInputException invalid) {
            violations.byField(invalid, Messages.locale()).values()
                    .forEach(m -> Messages.add(null, FacesMessage.SEVERITY_ERROR, m));
        }
    }

    /** The running report's progress, 0–100, for the progress bar. */
    public int getProgress() {
        if (current == null) {
            return 0;
        }
        ReportRun run = reports.run(current);
        if (!run.running() && !run.completed()) {
            return 100; // stopped or failed: the bar stops, the list says why
        }
        return run.progress();
    }

    public void finished() {
        ReportRun run = reports.run(current);
        recent = null;
        if (run.completed()) {
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("rapporten.klaar", run.fileName()));
        } else {
            Messages.add(null, FacesMessage.SEVERITY_ERROR, Messages.text("rapporten.mislukt", run.status()));
        }
    }

    public List<ReportRun> getRecent() {
        if (recent == null) {
            recent = reports.recent(15);
        }
        return recent;
    }

    public StreamedContent download(long jobId) {
        return Refusals.obtain(() -> {
            ReportRun run = reports.run(jobId);
            Path file = reports.file(jobId);
            return (StreamedContent) DefaultStreamedContent.builder().name(run.fileName())
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .stream(() -> {
                        try {
                            return Files.newInputStream(file);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).build();
        }).orElse(null);
    }

    public void restart(long jobId) {
        Refusals.attempt(() -> {
            current = reports.restart(jobId);
            recent = null;
            Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("rapporten.herstart"));
        });
    }

    public void stop(long jobId) {
        Refusals.attempt(() -> {
            reports.stop(jobId);
            recent = null;
        });
    }

    public boolean isRunning() {
        return current != null;
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public void setQuarter(Integer quarter) {
        this.quarter = quarter;
    }

    public ReportKind getKind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind;
    }
}
