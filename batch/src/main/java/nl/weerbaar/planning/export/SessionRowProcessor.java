package nl.weerbaar.planning.export;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import nl.weerbaar.planning.domain.TrainingSession;

/** Turns a session into the row the workbook shows. */
@Named
@Dependent
public class SessionRowProcessor implements ItemProcessor {

    @Override
    public SessionRow processItem(Object item) {
        TrainingSession s = (TrainingSession) item;
        return new SessionRow(s.getId(), s.getTitle(), s.getStart(), s.getEnd(), s.getLocation(),
                s.getProvince().naam(), s.getCapacity(), s.getStatus().name());
    }
}
