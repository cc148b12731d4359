package nl.weerbaar.learning.scenario.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds the versions of scenario files. */
public interface ScenarioVersionRepository {

    void store(ScenarioVersion version);

    Optional<ScenarioVersion> find(long id);

    Optional<ScenarioVersion> find(String scenarioId, int version);

    /** The scenario's published version with the highest number, if it has one. */
    Optional<ScenarioVersion> latestPublished(String scenarioId);

    /** The scenario's versions, lowest number first. */
    List<ScenarioVersion> of(String scenarioId);

    /** Every version of every scenario, by scenario and version. */
    List<ScenarioVersion> all();
}
