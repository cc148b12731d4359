package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The zelfscan has the CCV's 18 questions in its four categories, and every "no" gives a tip. */
class ZelfscanTest {

    @Test
    void eighteenQuestionsInTheFourCategoriesOfTheCcvDossier() {
        List<Zelfscan.Question> questions = Zelfscan.questions();
        assertEquals(18, questions.size());
        assertEquals(Set.of("Veiligheid in en om de woning", "Veiligheid en gezin", "Veiligheid en digitale communicatie",
                "Veiligheid onderweg"), questions.stream().map(Zelfscan.Question::category).collect(Collectors.toSet()));
        assertEquals(18, questions.stream().map(Zelfscan.Question::id).distinct().count());
        assertTrue(questions.stream().allMatch(q -> q.text().endsWith("?") && !q.tip().isBlank()));
    }

    @Test
    void everyNoGivesItsTipAndEveryYesNone() {
        Map<String, Boolean> answers = new HashMap<>();
        Zelfscan.questions().forEach(q -> answers.put(q.id(), true));
        assertEquals(List.of(), Zelfscan.tips(answers));
        answers.put("w4", false);
        answers.put("d3", false);
        List<String> tips = Zelfscan.tips(answers);
        assertEquals(2, tips.size());
        assertTrue(tips.get(0).contains("030 751 67 99"), tips.toString());
        assertTrue(tips.get(1).contains("schermafdrukken"), tips.toString());
    }
}
