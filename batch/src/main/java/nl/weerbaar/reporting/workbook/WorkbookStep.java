package nl.weerbaar.reporting.workbook;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The second step of a report: reads the spool the chunk step wrote, writes the workbook, removes
 * the spool, and gives the job its exit status (EMPTY when there was nothing to report). The workbook is in
 * the language of the job parameter {@code language}.
 */
abstract class WorkbookStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String spool;

    @Inject
    @BatchProperty
    String file;

    /** "en" for a report asked for in English; absent or anything else: Dutch. */
    @Inject
    @BatchProperty
    String language;

    /** The workbook's words, in the language the report was asked for. */
    ReportTexts texts() {
        return ReportTexts.of(language);
    }

    /** Writes the workbook from the spool; returns whether it had rows. */
    abstract boolean write(Path spoolFile, Path target) throws Exception;

    @Override
    public String process() throws Exception {
        boolean rows = write(Path.of(spool), Path.of(file));
        Files.deleteIfExists(Path.of(spool));
        String exit = rows ? "COMPLETED" : "EMPTY";
        job.setExitStatus(exit);
        return exit;
    }
}
