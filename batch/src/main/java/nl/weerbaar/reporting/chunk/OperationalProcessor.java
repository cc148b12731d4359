package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import nl.weerbaar.reporting.source.ReportSource;
import nl.weerbaar.reporting.figures.OperationalRow;

/** Turns a named row into an {@link OperationalRow}. */
@Named
@Dependent
public class OperationalProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        Object[] r = (Object[]) item;
        return new OperationalRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ReportSource.dateTime(r[3]), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], ReportSource.date(r[10]));
    }
}
