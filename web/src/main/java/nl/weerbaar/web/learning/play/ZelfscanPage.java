package nl.weerbaar.web.learning.play;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.scenarios.Zelfscan;

/**
 * The self-assessment. Answers and tips stay in the page only: nothing is stored, so the personal
 * tip list is hers alone.
 */
@Named
@ViewScoped
public class ZelfscanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Boolean> answers = new HashMap<>();
    private List<String> tips;

    /** The questions grouped by category, in the order of the scan. */
    public Map<String, List<Zelfscan.Question>> getCategories() {
        Map<String, List<Zelfscan.Question>> categories = new LinkedHashMap<>();
        Zelfscan.questions().forEach(q -> categories.computeIfAbsent(q.category(), c -> new ArrayList<>()).add(q));
        return categories;
    }

    public List<String> getCategoryNames() {
        return new ArrayList<>(getCategories().keySet());
    }

    public Map<String, Boolean> getAnswers() {
        return answers;
    }

    public void finish() {
        tips = Zelfscan.tips(answers);
    }

    public List<String> getTips() {
        return tips;
    }

    public boolean isFinished() {
        return tips != null;
    }
}
