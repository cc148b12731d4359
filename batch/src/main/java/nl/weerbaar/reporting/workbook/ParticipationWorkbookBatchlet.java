package nl.weerbaar.reporting.workbook;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.reporting.spool.ReportFiles;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.figures.PeriodFigures;
import nl.weerbaar.reporting.figures.ReportFigures;

/** Second step of the BZK report: adds up the spooled rows and writes the workbook. */
@Named
@Dependent
public class ParticipationWorkbookBatchlet extends WorkbookStep {

    @Inject
    private ReportFigures figures;

    @Inject
    private Funding funding;

    @Inject
    @BatchProperty
    private String year;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    boolean write(Path spoolFile, Path target) throws Exception {
        ReportPeriod period = ReportPeriod.parse(year, quarter);
        PeriodFigures counted = figures.count(period, spoolFile);
        ParticipationWorkbook workbook = new ParticipationWorkbook(counted, funding.budget(period.year()), texts());
        ReportFiles.publish(target, out -> workbook.write(out, Amsterdam.now()));
        return counted.cube().rows() > 0;
    }
}
