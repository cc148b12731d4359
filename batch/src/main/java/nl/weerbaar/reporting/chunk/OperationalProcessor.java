package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import nl.weerbaar.reporting.spool.OperationalRow;
import nl.weerbaar.reporting.source.NamedEnrolment;

/** Turns a {@link NamedEnrolment} into the {@link OperationalRow} the spool keeps. */
@Named
@Dependent
public class OperationalProcessor implements ItemProcessor {

    @Override
    public OperationalRow processItem(Object item) {
        return OperationalRow.of((NamedEnrolment) item);
    }
}
