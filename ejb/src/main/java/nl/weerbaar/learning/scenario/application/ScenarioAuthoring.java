package nl.weerbaar.learning.scenario.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.weerbaar.platform.JsonP;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.learning.play.domain.AttemptRepository;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;
import nl.weerbaar.learning.scenario.domain.ScenarioVersionRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.scenarios.Scenario;
import nl.weerbaar.scenarios.ScenarioProblem;
import nl.weerbaar.scenarios.ScenarioReader;
import nl.weerbaar.scenarios.ScenarioValidator;

/**
 * Trainers write scenarios: a file saved (typed in the editor or imported) is validated whole and
 * becomes the scenario's draft; publishing makes the draft the version participants start on, and
 * immutable. A scenario with a published version gets a new draft, one version up, when edited.
 */
@Stateless
@RolesAllowed(Roles.TRAINER)
public class ScenarioAuthoring {

    private static final String SUBJECT = "scenario";

    @Inject
    private ScenarioVersionRepository scenarioVersions;

    /** Learning's own attempts, for how often and how a scenario was played. */
    @Inject
    private AttemptRepository attempts;

    @Resource
    private SessionContext caller;

    @Inject
    private ScenarioLibrary library;

    @Inject
    private AuditLog audit;

    public List<ScenarioSummary> overview() {
        Map<String, Long> played = attempts.countPerScenario();
        Map<String, List<ScenarioVersion>> byId = new LinkedHashMap<>();
        scenarioVersions.all().forEach(v -> byId.computeIfAbsent(v.getScenarioId(), k -> new ArrayList<>()).add(v));
        List<ScenarioSummary> summaries = new ArrayList<>();
        byId.forEach((id, versions) -> {
            ScenarioVersion latest = versions.get(versions.size() - 1);
            Integer published = versions.stream().filter(ScenarioVersion::isPublished).map(ScenarioVersion::getVersion)
                    .reduce((a, b) -> b).orElse(null);
            Integer draft = latest.isPublished() ? null : latest.getVersion();
            summaries.add(new ScenarioSummary(id, latest.getTitle(), latest.getPart(), published, draft,
                    played.getOrDefault(id, 0L)));
        });
        return summaries;
    }

    public List<ScenarioVersion> versions(String scenarioId) {
        return scenarioVersions.of(scenarioId);
    }

    public ScenarioVersion version(String scenarioId, int version) {
        return scenarioVersions.find(scenarioId, version).orElseThrow(() -> new NotFound("scenario.niet.gevonden"));
    }

    /** The draft being edited, if the scenario has one. */
    public Optional<ScenarioVersion> draft(String scenarioId) {
        List<ScenarioVersion> versions = versions(scenarioId);
        return versions.isEmpty() || versions.get(versions.size() - 1).isPublished()
                ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * Validates the file and stores it as the scenario's draft: over the existing draft, or as a new
     * version after the last one. The version in the file is set to the version it becomes.
     *
     * @throws ScenarioRejected with every problem, naming file, line and node; nothing is stored
     */
    public ScenarioVersion save(String fileName, String text) {
        List<ScenarioProblem> problems = ScenarioValidator.validate(fileName, text);
        if (!problems.isEmpty()) {
            throw new ScenarioRejected(problems);
        }
        Scenario scenario = ScenarioReader.read(fileName, text).scenario();
        String by = caller.getCallerPrincipal().getName();
        Optional<ScenarioVersion> draft = draft(scenario.id());
        int number = draft.map(ScenarioVersion::getVersion)
                .orElseGet(() -> versions(scenario.id()).stream().mapToInt(ScenarioVersion::getVersion).max().orElse(0) + 1);
        String content = scenario.version() == number ? text : withVersion(text, number);
        ScenarioVersion saved;
        if (draft.isPresent()) {
            saved = draft.get();
            saved.revise(scenario.title(), scenario.part().name(), content, by, Amsterdam.now());
        } else {
            saved = ScenarioVersion.draft(scenario.id(), number, scenario.title(), scenario.part().name(), content, by,
                    Amsterdam.now());
            scenarioVersions.store(saved);
        }
        audit.record("SCENARIO_SAVED", SUBJECT, scenario.id() + " v" + number);
        return saved;
    }

    /** An uploaded file: it must be UTF-8, then it is saved as {@link #save} does. */
    public ScenarioVersion importFile(String fileName, byte[] bytes) {
        ScenarioReader.Decoded decoded = ScenarioReader.decode(fileName, bytes);
        if (!decoded.ok()) {
            throw new ScenarioRejected(decoded.problems());
        }
        return save(fileName, decoded.text());
    }

    /** Publishes the scenario's draft; from now on new attempts start on it. */
    public ScenarioVersion publish(String scenarioId) {
        ScenarioVersion draft = draft(scenarioId).orElseThrow(() -> new Conflict("scenario.geen.concept"));
        List<ScenarioProblem> problems = ScenarioValidator.validate(scenarioId + ".json", draft.getContent());
        if (!problems.isEmpty()) {
            throw new ScenarioRejected(problems);
        }
        draft.publish(caller.getCallerPrincipal().getName(), Amsterdam.now());
        audit.record("SCENARIO_PUBLISHED", SUBJECT, scenarioId + " v" + draft.getVersion());
        return draft;
    }

    /**
     * The trainers' review of the scenario's newest version (the draft, if it has one): its sources,
     * every path with its ending and points, and how participants chose in its published versions.
     */
    public ScenarioReview review(String scenarioId) {
        List<ScenarioVersion> all = versions(scenarioId);
        if (all.isEmpty()) {
            throw new NotFound("scenario.niet.gevonden");
        }
        ScenarioVersion newest = all.get(all.size() - 1);
        return ScenarioReview.of(library.scenario(newest), newest.getStatus().name(), distribution(scenarioId));
    }

    /** How participants chose, per decision of each version that was played. */
    public List<ChoiceDistribution> distribution(String scenarioId) {
        Map<String, Long> counts = new HashMap<>();
        attempts.choiceCounts(scenarioId)
                .forEach(c -> counts.put(c.version() + "/" + c.nodeId() + "/" + c.choiceId(), c.count()));
        List<ChoiceDistribution> result = new ArrayList<>();
        for (ScenarioVersion version : versions(scenarioId)) {
            if (!version.isPublished()) {
                continue;
            }
            Scenario scenario = library.scenario(version);
            for (Scenario.Node node : scenario.nodes()) {
                if (node.type() != Scenario.Type.DECISION) {
                    continue;
                }
                String prefix = version.getVersion() + "/" + node.id() + "/";
                long total = node.choices().stream().mapToLong(c -> counts.getOrDefault(prefix + c.id(), 0L)).sum();
                if (total == 0) {
                    continue;
                }
                List<ChoiceDistribution.Share> shares = node.choices().stream().map(c -> {
                    long n = counts.getOrDefault(prefix + c.id(), 0L);
                    return new ChoiceDistribution.Share(c.id(), c.text(), n, (int) Math.round(100.0 * n / total));
                }).toList();
                result.add(new ChoiceDistribution(version.getVersion(), node.id(), node.text(), total, shares));
            }
        }
        return result;
    }

    /** The file with its top-level version replaced, pretty-printed. */
    static String withVersion(String text, int version) {
        JsonObject root;
        try (JsonReader reader = JsonP.PROVIDER.createReader(new StringReader(text))) {
            root = reader.readObject();
        }
        JsonObject changed = JsonP.PROVIDER.createObjectBuilder(root).add("version", version).build();
        StringWriter out = new StringWriter();
        try (JsonWriter writer = JsonP.PROVIDER.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(changed);
        }
        return out.toString().strip() + "\n";
    }
}
