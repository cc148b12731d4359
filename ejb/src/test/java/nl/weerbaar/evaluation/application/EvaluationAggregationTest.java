package nl.weerbaar.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.weerbaar.evaluation.domain.EvaluationResponse;
import nl.weerbaar.platform.Quarter;
import org.junit.jupiter.api.Test;

class EvaluationAggregationTest {

    private static final LocalDateTime FEBRUARY = LocalDateTime.of(2027, 2, 10, 9, 0);
    private static final LocalDateTime MARCH = LocalDateTime.of(2027, 3, 10, 9, 0);
    private static final LocalDateTime MAY = LocalDateTime.of(2027, 5, 10, 9, 0);

    @Test
    void aQuarterAddsUpOnlySessionsThatReachTheThresholdThemselves() {
        List<EvaluationResponse> answers = new ArrayList<>();
        answers.addAll(answers(1, 4, 4));   // session 1: four answers, all 4
        answers.addAll(answers(2, 2, 1));   // session 2, same quarter: two answers of 1 — must not count

        List<EvaluationSummary> quarters = Evaluations.perQuarter(Map.of(1L, FEBRUARY, 2L, MARCH), answers);

        assertEquals(1, quarters.size());
        EvaluationSummary q1 = quarters.get(0);
        assertEquals(Quarter.of(FEBRUARY).label(), q1.label());
        assertEquals(4L, q1.respondents(), "quarter total minus session 1's 4 gives nothing about session 2");
        assertEquals(4.0, q1.overall(), 0.0001, "session 2's answers do not move the average");
    }

    @Test
    void aQuarterOfOnlySmallSessionsIsNotListedEvenWhenTheyTogetherReachTheThreshold() {
        List<EvaluationResponse> answers = new ArrayList<>(answers(1, 2, 5));
        answers.addAll(answers(2, 2, 3));

        assertTrue(Evaluations.perQuarter(Map.of(1L, FEBRUARY, 2L, MARCH), answers).isEmpty());
    }

    @Test
    void quartersAreSeparateAndOnlyTheGivenSessionsCount() {
        List<EvaluationResponse> answers = new ArrayList<>(answers(1, 3, 2));
        answers.addAll(answers(3, 5, 5));
        answers.addAll(answers(9, 6, 1)); // not among the caller's sessions (another trainer's)

        List<EvaluationSummary> quarters = Evaluations.perQuarter(Map.of(1L, FEBRUARY, 3L, MAY), answers);

        assertEquals(List.of(Quarter.of(FEBRUARY).label(), Quarter.of(MAY).label()),
                quarters.stream().map(EvaluationSummary::label).toList());
        assertEquals(List.of(3L, 5L), quarters.stream().map(EvaluationSummary::respondents).toList());
    }

    @Test
    void belowTheThresholdNotEvenTheNumberOfRespondentsIsTold() {
        EvaluationSummary two = Evaluations.summarise("sessie", answers(1, 2, 4));

        assertNull(two.respondents());
        assertNull(two.overall());
        assertTrue(two.comments().isEmpty());
        assertFalse(two.shown());
        EvaluationSummary three = Evaluations.summarise("sessie", answers(1, 3, 4));
        assertEquals(3L, three.respondents());
        assertTrue(three.shown());
    }

    private static List<EvaluationResponse> answers(long session, int count, int rating) {
        return IntStream.range(0, count).mapToObj(i -> new EvaluationResponse(session, rating, rating, rating, null)).toList();
    }
}
