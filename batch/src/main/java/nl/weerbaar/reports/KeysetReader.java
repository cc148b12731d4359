package nl.weerbaar.reports;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Reads rows in pages ordered by enrolment id; its checkpoint is the last id handed out, so a
 * restarted job reads on from there. Subclasses say how to fetch a page.
 */
abstract class KeysetReader extends AbstractItemReader {

    static final int PAGE = 5000;

    private long lastId;
    private Iterator<Object[]> page = List.<Object[]>of().iterator();
    private boolean exhausted;

    abstract List<Object[]> page(long afterId, int size);

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (!page.hasNext() && !exhausted) {
            List<Object[]> next = page(lastId, PAGE);
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
