package nl.weerbaar.reporting.figures;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.reporting.domain.ReportPeriod;

/**
 * The figures of a period, before suppression: the enrolments added up in the cube, the held sessions
 * and evaluations per quarter (keyed "K1" …, one for each quarter of the period), and what the held
 * sessions cost (trainers and venue, by the tariff of each session day).
 */
public record PeriodFigures(ReportPeriod period, ParticipationCube cube, Map<String, QuarterFacts> quarters,
        BigDecimal sessionCost) {

    public PeriodFigures {
        quarters = Collections.unmodifiableMap(new LinkedHashMap<>(quarters)); // in the order of the quarters
    }
}
