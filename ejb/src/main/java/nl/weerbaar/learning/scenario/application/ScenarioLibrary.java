package nl.weerbaar.learning.scenario.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.learning.scenario.domain.ScenarioVersionRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.scenarios.ContentLanguage;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ScenarioReader;
import nl.weerbaar.scenarios.ShippedScenarios;
import nl.weerbaar.scenarios.Wording;

/**
 * The scenario versions participants play, and their parsed form. At start it publishes every
 * shipped scenario version the database does not have yet, so a new release's content arrives
 * without a migration, with its English text where the release has one. Published versions are
 * immutable, so their parsed form (and their English wording) is cached by id.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScenarioLibrary {

    /** Who published the shipped content. */
    public static final String SHIPPED_BY = "weerbaar";

    private static final Logger LOG = Logger.getLogger(ScenarioLibrary.class.getName());

    @Inject
    private ScenarioVersionRepository scenarioVersions;

    private final ConcurrentMap<Long, Scenario> published = new ConcurrentHashMap<>();

    private final ConcurrentMap<Long, Wording> english = new ConcurrentHashMap<>();

    @PostConstruct
    void publishShipped() {
        for (String id : ShippedScenarios.ids()) {
            Scenario s = ShippedScenarios.read(id);
            if (scenarioVersions.find(id, s.version()).isEmpty()) {
                ScenarioVersion v = ScenarioVersion.draft(id, s.version(), s.title(), s.part().name(), ShippedScenarios.text(id),
                        SHIPPED_BY, Amsterdam.now());
                ShippedScenarios.englishText(id).ifPresent(v::translate);
                v.publish(SHIPPED_BY, Amsterdam.now());
                scenarioVersions.store(v);
                LOG.info(() -> "Published shipped scenario " + id + " version " + s.version());
            }
        }
    }

    /** The published version participants start on now: the highest. */
    public Optional<ScenarioVersion> current(String scenarioId) {
        return scenarioVersions.latestPublished(scenarioId);
    }

    /** The scenario of a published version (attempts are pinned to these), read once. */
    public Scenario published(long versionId) {
        return published.computeIfAbsent(versionId, id -> read(scenarioVersions.find(id).orElseThrow()));
    }

    /** The scenario a version holds; drafts are read fresh, published versions once. */
    public Scenario scenario(ScenarioVersion version) {
        if (!version.isPublished()) {
            return read(version);
        }
        return published.computeIfAbsent(version.getId(), id -> read(version));
    }

    /**
     * The words of a published version in the user's language: English for an English locale when
     * the version has a complete English text, Dutch otherwise (also for versions published before
     * English texts were stored). The Dutch scenario is the one played either way.
     */
    public Wording wording(ScenarioVersion version, Locale locale) {
        Scenario dutch = scenario(version);
        if (!ContentLanguage.isEnglish(locale) || !version.isPublished()) {
            return Wording.dutch(dutch);
        }
        return english.computeIfAbsent(version.getId(), id -> Wording.of(dutch, englishOf(version)));
    }

    /** The same for a published version by id. */
    public Wording wording(long versionId, Locale locale) {
        if (!ContentLanguage.isEnglish(locale)) {
            return Wording.dutch(published(versionId));
        }
        Wording cached = english.get(versionId);
        return cached != null ? cached : wording(scenarioVersions.find(versionId).orElseThrow(), locale);
    }

    private static Scenario englishOf(ScenarioVersion version) {
        return version.getContentEn()
                .map(text -> ScenarioReader.read("en/" + version.getScenarioId() + ".json", text))
                .filter(result -> result.problems().isEmpty())
                .map(ScenarioReader.Result::scenario).orElse(null);
    }

    private static Scenario read(ScenarioVersion version) {
        return ScenarioReader.read(version.getScenarioId() + ".json", version.getContent()).scenario();
    }
}
