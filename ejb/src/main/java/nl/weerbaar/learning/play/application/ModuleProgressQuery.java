package nl.weerbaar.learning.play.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaar.learning.play.domain.Attempt;
import nl.weerbaar.learning.play.domain.AttemptRepository;
import nl.weerbaar.learning.play.domain.AttemptStatus;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.Wording;
import nl.weerbaar.learning.scenario.application.ScenarioLibrary;

/**
 * A participant's progress per module, from her attempts; the best attempt of each scenario counts.
 * Scenario titles are in the language asked for where the current version has an English text.
 */
@Stateless
public class ModuleProgressQuery {

    @Inject
    private AttemptRepository attempts;

    @Inject
    private ScenarioLibrary library;

    public List<ModuleProgress> of(long participantId, Locale locale) {
        Map<String, List<Attempt>> byScenario = attempts.ofParticipant(participantId).stream()
                .collect(Collectors.groupingBy(Attempt::getScenarioId));
        List<ModuleProgress> modules = new ArrayList<>();
        for (LearningModule module : LearningModule.shipped()) {
            List<ModuleProgress.ScenarioProgress> scenarios = new ArrayList<>();
            for (String id : module.scenarios()) {
                ScenarioVersion current = library.current(id).orElse(null);
                if (current == null) {
                    continue;
                }
                Scenario scenario = library.scenario(current);
                Wording words = library.wording(current, locale);
                List<Attempt> taken = byScenario.getOrDefault(id, List.of());
                Integer best = taken.stream().filter(a -> a.getStatus() == AttemptStatus.FINISHED)
                        .map(Attempt::getTotal).max(Integer::compare).orElse(null);
                Long resume = taken.stream().filter(a -> a.getStatus() == AttemptStatus.IN_PROGRESS)
                        .max(Comparator.comparing(Attempt::getStartedAt)).map(Attempt::getId).orElse(null);
                scenarios.add(new ModuleProgress.ScenarioProgress(id, words.title(), scenario.part().name(),
                        scenario.estimatedMinutes(), module.requiredScenarios().contains(id),
                        taken.stream().anyMatch(Attempt::isPassed), best, scenario.passMark(), taken.size(), resume,
                        words.language()));
            }
            boolean passed = scenarios.stream().filter(ModuleProgress.ScenarioProgress::required)
                    .allMatch(ModuleProgress.ScenarioProgress::passed);
            modules.add(new ModuleProgress(module.id(), module.title(), module.phase().name(), passed, scenarios));
        }
        return modules;
    }

    /** The scenarios she passed at least once, whatever the version. */
    public List<String> passedScenarios(long participantId) {
        return attempts.passedScenarios(participantId);
    }
}
