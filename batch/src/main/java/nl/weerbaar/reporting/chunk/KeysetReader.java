package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import nl.weerbaar.reporting.source.ReportSource;
import nl.weerbaar.reporting.job.ReportPeriods;

/**
 * Reads the report period's rows in pages ordered by enrolment id; its checkpoint is the last id
 * handed out, so a restarted job reads on from there. Subclasses say which rows.
 */
public abstract class KeysetReader extends AbstractItemReader {

    public static final int PAGE = 5000;

    @Inject
    ReportSource source;

    @Inject
    @BatchProperty
    String year;

    @Inject
    @BatchProperty
    String quarter;

    private long lastId;
    private Iterator<Object[]> page = List.<Object[]>of().iterator();
    private boolean exhausted;

    abstract List<Object[]> page(ReportSource.Period period, long afterId, int size);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<Object[]> next = page(ReportPeriods.of(year, quarter), lastId, PAGE);
            exhausted = next.size() < PAGE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        Object[] row = page.next();
        lastId = ((Number) row[0]).longValue();
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
