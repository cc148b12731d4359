package nl.weerbaar.reporting.workbook;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.weerbaar.funding.application.Funding;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.reporting.source.ReportSource;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.reporting.chunk.ReportFiles;
import nl.weerbaar.reporting.figures.ParticipationCube;
import nl.weerbaar.reporting.figures.ParticipationRow;
import nl.weerbaar.reporting.job.ReportPeriods;

/** Second step of the BZK report: adds up the spooled rows and writes the workbook. */
@Named
@Dependent
public class ParticipationWorkbookBatchlet extends WorkbookStep {

    @Inject
    private ReportSource source;

    @Inject
    private Funding funding;

    @Inject
    @BatchProperty
    private String year;

    @Inject
    @BatchProperty
    private String quarter;

    @Override
    boolean write(Path spoolFile, Path target) throws Exception {
        ReportSource.Period period = ReportPeriods.of(year, quarter);
        List<Integer> quarters = period.quarter() == null ? List.of(1, 2, 3, 4) : List.of(period.quarter());
        ParticipationCube cube = new ParticipationCube(LearningModule.shipped().size(), quarters);
        ReportFiles.eachLine(spoolFile, line -> cube.add(ParticipationRow.fromLine(line)));
        Tariffs tariffs = funding.tariffTable();
        Map<String, int[]> sessions = new HashMap<>();
        BigDecimal sessionCost = BigDecimal.ZERO;
        for (Object[] s : source.heldSessions(period)) {
            LocalDateTime start = ReportSource.dateTime(s[0]);
            int[] f = sessions.computeIfAbsent(quarterOf(start), q -> new int[3]);
            f[0]++;
            f[1] += ((Number) s[1]).intValue();
            f[2] += ((Number) s[2]).intValue();
            sessionCost = sessionCost.add(tariffs.sessionOn(start.toLocalDate()));
        }
        Map<String, List<int[]>> evaluations = new HashMap<>();
        for (Object[] e : source.evaluations(period)) {
            evaluations.computeIfAbsent(quarterOf(ReportSource.dateTime(e[0])), q -> new ArrayList<>())
                    .add(new int[] {((Number) e[1]).intValue(), ((Number) e[2]).intValue(), ((Number) e[3]).intValue()});
        }
        Map<String, ParticipationWorkbook.QuarterFacts> facts = new LinkedHashMap<>();
        for (int q : quarters) {
            String key = "K" + q;
            int[] s = sessions.getOrDefault(key, new int[3]);
            List<int[]> answers = evaluations.getOrDefault(key, List.of());
            facts.put(key, new ParticipationWorkbook.QuarterFacts(s[0], s[1], s[2], answers.size(), average(answers, 0),
                    average(answers, 1), average(answers, 2)));
        }
        ParticipationWorkbook workbook = new ParticipationWorkbook(cube, facts, period.label(),
                funding.budget(period.year()), sessionCost);
        ReportFiles.publish(target, out -> workbook.write(out, Amsterdam.now()));
        return cube.rows() > 0;
    }

    private static String quarterOf(LocalDateTime start) {
        return "K" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    private static double average(List<int[]> answers, int index) {
        return IntStream.range(0, answers.size()).map(i -> answers.get(i)[index]).average().orElse(0);
    }
}
