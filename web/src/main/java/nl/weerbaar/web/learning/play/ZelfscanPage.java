package nl.weerbaar.web.learning.play;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.scenarios.Zelfscan;
import nl.weerbaar.web.platform.pages.LanguageChoice;

/**
 * The self-assessment. Answers and tips stay in the page only: nothing is stored, so the personal
 * tip list is hers alone. Questions and tips in the page language where the scan has an English text.
 */
@Named
@ViewScoped
public class ZelfscanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageChoice language;

    private final Map<String, Boolean> answers = new HashMap<>();
    private List<String> tips;

    /** The questions grouped by category, in the order of the scan. */
    public Map<String, List<Zelfscan.Question>> getCategories() {
        Map<String, List<Zelfscan.Question>> categories = new LinkedHashMap<>();
        Zelfscan.questions(language.getLocale()).forEach(q -> categories.computeIfAbsent(q.category(), c -> new ArrayList<>()).add(q));
        return categories;
    }

    public List<String> getCategoryNames() {
        return new ArrayList<>(getCategories().keySet());
    }

    public Map<String, Boolean> getAnswers() {
        return answers;
    }

    /**
     * Gives her tips once every question is answered. With questions left open it says how many, and gives
     * no tips: "you have taken every measure" must never be the answer to a scan she did not fill in.
     */
    public void finish() {
        long open = Zelfscan.questions(language.getLocale()).stream().filter(q -> answers.get(q.id()) == null).count();
        if (open > 0) {
            nl.weerbaar.web.platform.pages.Messages.add(null, jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    nl.weerbaar.web.platform.pages.Messages.text("zelfscan.onvolledig", open));
            return;
        }
        tips = Zelfscan.tips(answers, language.getLocale());
    }

    /** The language of questions and tips: {@code nl} also in the English pages when the scan has no English text. */
    public String getLanguage() {
        return Zelfscan.language(language.getLocale());
    }

    public List<String> getTips() {
        return tips;
    }

    public boolean isFinished() {
        return tips != null;
    }
}
