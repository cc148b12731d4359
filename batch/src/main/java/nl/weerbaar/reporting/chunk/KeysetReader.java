package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.source.ReportSource;

/**
 * Reads the report period's rows in pages ordered by enrolment id; its checkpoint is the last id
 * handed out, so a restarted job reads on from there. Subclasses say which rows, and their id.
 */
abstract class KeysetReader<T> extends AbstractItemReader {

    @Inject
    ReportSource source;

    @Inject
    @BatchProperty
    String year;

    @Inject
    @BatchProperty
    String quarter;

    private ReportPeriod period;
    private long lastId;
    private Iterator<T> page = List.<T>of().iterator();
    private boolean exhausted;

    abstract List<T> page(ReportPeriod period, long afterId, int size);

    abstract long enrolmentId(T row);

    @Override
    public void open(Serializable checkpoint) {
        period = ReportPeriod.parse(year, quarter);
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public T readItem() {
        if (!page.hasNext() && !exhausted) {
            List<T> next = page(period, lastId, ReportSource.PAGE);
            exhausted = next.size() < ReportSource.PAGE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        T row = page.next();
        lastId = enrolmentId(row);
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
