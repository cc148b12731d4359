package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.reporting.spool.ParticipationRow;
import nl.weerbaar.reporting.source.EnrolmentFact;

/** Turns an {@link EnrolmentFact} into what the BZK report counts, with its cost by the tariff of the session day. */
@Named
@Dependent
public class ParticipationProcessor implements ItemProcessor {

    @Inject
    private Funding funding;

    private Tariffs tariffs;

    @Override
    public ParticipationRow processItem(Object item) {
        if (tariffs == null) {
            tariffs = funding.tariffTable();
        }
        return ParticipationRow.of((EnrolmentFact) item, tariffs);
    }
}
