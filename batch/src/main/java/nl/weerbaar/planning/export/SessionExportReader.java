package nl.weerbaar.planning.export;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;

/** Reads every session, first starting first, one page of the repository at a time. */
@Named
@Dependent
public class SessionExportReader extends AbstractItemReader {

    static final int PAGE_SIZE = 200;

    @Inject
    private TrainingSessionRepository sessions;

    private SessionQuery query;
    private int read;
    private Iterator<TrainingSession> page = List.<TrainingSession>of().iterator();
    private boolean lastPage;

    @Override
    public void open(Serializable checkpoint) {
        query = SessionQuery.inStatuses(EnumSet.allOf(SessionStatus.class));
        read = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public TrainingSession readItem() {
        if (!page.hasNext() && !lastPage) {
            List<TrainingSession> next = sessions.find(query.page(read, PAGE_SIZE));
            lastPage = next.size() < PAGE_SIZE;
            page = next.iterator();
        }
        if (!page.hasNext()) {
            return null;
        }
        read++;
        return page.next();
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }
}
