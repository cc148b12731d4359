package nl.weerbaar.reporting.spool;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import nl.weerbaar.funding.domain.CostRules;
import nl.weerbaar.funding.domain.TariffKind;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.Quarter;
import nl.weerbaar.reporting.source.EnrolmentFact;

/**
 * One enrolment as the BZK report counts it: where (province), who (office), when (quarter of the
 * session), what happened (status), whether BZK funds it and what it cost (in cents), how many
 * modules she passed and whether her training is complete. No name, no e-mail, no gemeente.
 */
public record ParticipationRow(long enrolmentId, String province, String office, int quarter, String status, boolean funded,
        long costCents, int modules, boolean complete) implements Serializable, SpoolRow {

    /** The enrolment as counted, with its cost by the tariff of the session day. */
    public static ParticipationRow of(EnrolmentFact fact, Tariffs tariffs) {
        Ambt office = Ambt.valueOf(fact.office());
        LocalDateTime start = fact.sessionStart();
        EnrolmentStatus status = EnrolmentStatus.valueOf(fact.status());
        LocalDateTime deadline = fact.cancellationDeadline() != null ? fact.cancellationDeadline()
                : start.minusDays(TrainingSession.DEFAULT_CANCELLATION_DAYS);
        boolean funded = CostRules.funded(fact.fundingMark(), office);
        long cost = CostRules.costs(status, fact.changedAt(), deadline)
                ? tariffs.on(TariffKind.PARTICIPANT, start.toLocalDate()).movePointRight(2).longValue() : 0L;
        String province = fact.province() == null ? "Onbekend" : fact.province();
        return new ParticipationRow(fact.enrolmentId(), province, office.name(), Quarter.of(start).number(), status.name(),
                funded, cost, fact.modulesPassed(), fact.trainingComplete());
    }

    @Override
    public String toLine() {
        return SpoolLine.join(enrolmentId, province, office, quarter, status, funded, costCents, modules, complete);
    }

    public static ParticipationRow fromLine(String line) {
        List<String> f = SpoolLine.split(line);
        return new ParticipationRow(Long.parseLong(f.get(0)), f.get(1), f.get(2), Integer.parseInt(f.get(3)), f.get(4),
                Boolean.parseBoolean(f.get(5)), Long.parseLong(f.get(6)), Integer.parseInt(f.get(7)),
                Boolean.parseBoolean(f.get(8)));
    }
}
