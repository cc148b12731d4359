package nl.weerbaar.reporting.figures;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.platform.Quarter;
import nl.weerbaar.reporting.spool.ReportFiles;
import nl.weerbaar.reporting.domain.ReportPeriod;
import nl.weerbaar.reporting.source.EnrolmentFact;
import nl.weerbaar.reporting.source.HeldSession;
import nl.weerbaar.reporting.source.ReportSource;
import nl.weerbaar.reporting.source.SessionEvaluation;
import nl.weerbaar.reporting.spool.ParticipationRow;
import nl.weerbaar.scenarios.LearningModule;

/**
 * The figures for a period, counted one way for the BZK workbook and the dashboards: the enrolments
 * into a {@link ParticipationCube}, and the period's held sessions and evaluations per quarter.
 */
@Dependent
public class ReportFigures {

    @Inject
    private ReportSource source;

    @Inject
    private Funding funding;

    /** Counted straight from the database, page by page (the dashboards). */
    public PeriodFigures count(ReportPeriod period) {
        Tariffs tariffs = funding.tariffTable();
        ParticipationCube cube = cube(period);
        long last = 0;
        List<EnrolmentFact> page;
        do {
            page = source.participation(period, last, ReportSource.PAGE);
            for (EnrolmentFact fact : page) {
                cube.add(ParticipationRow.of(fact, tariffs));
                last = fact.enrolmentId();
            }
        } while (page.size() == ReportSource.PAGE);
        return withSessions(period, cube, tariffs);
    }

    /** Counted from the rows the report's chunk step spooled (the workbook). */
    public PeriodFigures count(ReportPeriod period, Path spool) throws IOException {
        ParticipationCube cube = cube(period);
        ReportFiles.eachLine(spool, line -> cube.add(ParticipationRow.fromLine(line)));
        return withSessions(period, cube, funding.tariffTable());
    }

    private static ParticipationCube cube(ReportPeriod period) {
        return new ParticipationCube(LearningModule.shipped().size(), period.quarters());
    }

    private PeriodFigures withSessions(ReportPeriod period, ParticipationCube cube, Tariffs tariffs) {
        Map<String, List<HeldSession>> sessions = new HashMap<>();
        BigDecimal sessionCost = BigDecimal.ZERO;
        for (HeldSession s : source.heldSessions(period)) {
            sessions.computeIfAbsent(Quarter.of(s.start()).shortLabel(), q -> new ArrayList<>()).add(s);
            sessionCost = sessionCost.add(tariffs.sessionOn(s.start().toLocalDate()));
        }
        Map<String, List<SessionEvaluation>> evaluations = new HashMap<>();
        for (SessionEvaluation e : source.evaluations(period)) {
            evaluations.computeIfAbsent(Quarter.of(e.sessionStart()).shortLabel(), q -> new ArrayList<>()).add(e);
        }
        Map<String, QuarterFacts> quarters = new LinkedHashMap<>();
        for (int q : period.quarters()) {
            String key = Quarter.shortLabel(q);
            List<HeldSession> held = sessions.getOrDefault(key, List.of());
            List<SessionEvaluation> answers = evaluations.getOrDefault(key, List.of());
            quarters.put(key, new QuarterFacts(held.size(), sum(held, HeldSession::capacity),
                    sum(held, HeldSession::attended), answers.size(), average(answers, SessionEvaluation::overall),
                    average(answers, SessionEvaluation::usefulness), average(answers, SessionEvaluation::trainers)));
        }
        return new PeriodFigures(period, cube, quarters, sessionCost);
    }

    private static <T> int sum(List<T> rows, ToIntFunction<T> value) {
        return rows.stream().mapToInt(value).sum();
    }

    private static <T> double average(List<T> rows, ToIntFunction<T> value) {
        return rows.stream().mapToInt(value).average().orElse(0);
    }
}
