package nl.weerbaar.reporting.chunk;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.domain.CostRules;
import nl.weerbaar.funding.domain.TariffKind;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.reporting.source.ReportSource;
import nl.weerbaar.reporting.figures.ParticipationRow;

/** Turns an enrolment row into what the BZK report counts, with its cost by the tariff of the session day. */
@Named
@Dependent
public class ParticipationProcessor implements ItemProcessor {

    @Inject
    private Funding funding;

    private Tariffs tariffs;

    @Override
    public Object processItem(Object item) {
        if (tariffs == null) {
            tariffs = funding.tariffTable();
        }
        Object[] r = (Object[]) item;
        Ambt office = Ambt.valueOf((String) r[2]);
        LocalDateTime start = ReportSource.dateTime(r[3]);
        EnrolmentStatus status = EnrolmentStatus.valueOf((String) r[4]);
        LocalDateTime deadline = r[7] != null ? ReportSource.dateTime(r[7])
                : start.minusDays(TrainingSession.DEFAULT_CANCELLATION_DAYS);
        boolean funded = CostRules.funded((Boolean) r[6], office);
        long cost = CostRules.costs(status, ReportSource.dateTime(r[5]), deadline)
                ? tariffs.on(TariffKind.PARTICIPANT, start.toLocalDate()).movePointRight(2).longValue() : 0L;
        String province = r[1] == null ? "Onbekend" : (String) r[1];
        return new ParticipationRow(((Number) r[0]).longValue(), province, office.name(), (start.getMonthValue() - 1) / 3 + 1,
                status.name(), funded, cost, ((Number) r[8]).intValue(), ((Number) r[9]).intValue() > 0);
    }

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
