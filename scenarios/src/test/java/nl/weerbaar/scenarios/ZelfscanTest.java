package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The zelfscan keeps the CCV dossier's four categories, but its questions are ours (the dossier describes
 * the CCV's scan without containing it): each asks one thing, names its source, and says which answer is
 * the risk, which is not always "nee".
 */
class ZelfscanTest {

    @Test
    void questionsInTheFourCategoriesOfTheCcvDossierEachWithItsSource() {
        List<Zelfscan.Question> questions = Zelfscan.questions();
        assertEquals(15, questions.size());
        assertEquals(Set.of("Veiligheid in en om de woning", "Veiligheid en gezin", "Veiligheid en digitale communicatie",
                "Veiligheid onderweg"), questions.stream().map(Zelfscan.Question::category).collect(Collectors.toSet()));
        assertEquals(questions.size(), questions.stream().map(Zelfscan.Question::id).distinct().count());
        for (Zelfscan.Question q : questions) {
            assertTrue(q.text().endsWith("?") && q.text().indexOf('?') == q.text().length() - 1, "one question: " + q.text());
            assertFalse(q.tip().isBlank(), q.id());
            assertFalse(q.bron().isEmpty(), q.id() + " names its source");
        }
    }

    @Test
    void notEveryRiskyAnswerIsNo() {
        Set<String> riskyYes = Zelfscan.questions().stream().filter(Zelfscan.Question::riskyAnswer).map(Zelfscan.Question::id)
                .collect(Collectors.toSet());
        assertEquals(Set.of("g2", "o2", "o3"), riskyYes);
    }

    @Test
    void theRiskyAnswerGivesItsTipAndTheOtherNone() {
        Map<String, Boolean> answers = new HashMap<>();
        Zelfscan.questions().forEach(q -> answers.put(q.id(), !q.riskyAnswer()));
        assertEquals(List.of(), Zelfscan.tips(answers));

        answers.put("w1", false); // no woningscan yet: risky "nee"
        answers.put("g2", true);  // keeps intimidation to herself at home: risky "ja"
        List<String> tips = Zelfscan.tips(answers);
        assertEquals(2, tips.size(), tips.toString());
        assertTrue(tips.get(0).contains("030 751 67 99"), tips.toString());
        assertTrue(tips.get(1).contains("naasten"), tips.toString());

        answers.clear();
        assertEquals(List.of(), Zelfscan.tips(answers), "unanswered questions give no tip");
    }
}
