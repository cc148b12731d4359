package nl.weerbaar.learning.play.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Theme;
import nl.weerbaar.learning.scenario.domain.ScenarioVersion;

/**
 * One participant's attempt at one scenario, pinned to the version it started on. Its steps
 * ({@link AttemptStep}, appended one row per choice) are the truth: replaying them gives the state
 * back. The current node, the scores and whether it passed are kept alongside for overviews and
 * figures. It refers to participant and version by id only, so taking a step reads one row.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(name = "module_id", nullable = false, length = 40)
    private String moduleId;

    @Column(name = "scenario_version_id", nullable = false)
    private Long scenarioVersionId;

    @Column(name = "scenario_id", nullable = false, length = 80)
    private String scenarioId;

    @Column(name = "scenario_version", nullable = false)
    private int version;

    /**
     * Legacy: the mbox_sha1sum attempts made before learning records became pseudonymous carry (see
     * {@code LearningRecords}); new attempts leave it empty, and erasure clears the old ones.
     */
    @Column(length = 40)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "current_node", nullable = false, length = 80)
    private String currentNode;

    @Column(name = "step_count", nullable = false)
    private int stepCount;

    @Column(nullable = false)
    private int total;

    /** Points per theme, as {@code A1=3;B=2}. */
    @Column(nullable = false, length = 200)
    private String scores;

    @Column(nullable = false)
    private boolean passed;

    /** The seed of this attempt's order of choices ({@link ChoiceOrder}); none on attempts made before it existed. */
    @Column(name = "choice_seed")
    private Long choiceSeed;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected Attempt() {
        // for JPA
    }

    public static Attempt start(long participantId, String moduleId, ScenarioVersion version, String startNode,
            LocalDateTime now) {
        if (!version.isPublished()) {
            throw new IllegalArgumentException("attempts are made on published versions only");
        }
        Attempt a = new Attempt();
        a.participantId = participantId;
        a.moduleId = moduleId;
        a.scenarioVersionId = version.getId();
        a.scenarioId = version.getScenarioId();
        a.version = version.getVersion();
        a.status = AttemptStatus.IN_PROGRESS;
        a.currentNode = startNode;
        a.scores = "";
        a.startedAt = now;
        a.choiceSeed = ChoiceOrder.newSeed();
        return a;
    }

    /** Takes the step just made in {@code play} (which replayed this attempt's steps); returns the row to store. */
    public AttemptStep record(String atNode, String choiceId, Playthrough play, LocalDateTime now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new IllegalStateException("attempt " + id + " is " + status);
        }
        AttemptStep step = new AttemptStep(id, stepCount, atNode, choiceId, now);
        stepCount++;
        currentNode = play.current().id();
        total = play.total();
        scores = play.scores().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        if (play.finished()) {
            status = AttemptStatus.FINISHED;
            passed = play.passed();
            finishedAt = now;
        }
        return step;
    }

    /** She started the scenario again: this attempt stays as it was, but is no longer resumed. */
    public void abandon() {
        if (status == AttemptStatus.IN_PROGRESS) {
            status = AttemptStatus.ABANDONED;
        }
    }

    public Map<Theme, Integer> scoreMap() {
        Map<Theme, Integer> map = new EnumMap<>(Theme.class);
        if (!scores.isEmpty()) {
            for (String pair : scores.split(";")) {
                String[] kv = pair.split("=");
                map.put(Theme.valueOf(kv[0]), Integer.valueOf(kv[1]));
            }
        }
        return map;
    }

    /** The order in which this attempt shows each decision's choices. */
    public ChoiceOrder choiceOrder() {
        return ChoiceOrder.of(choiceSeed);
    }

    public boolean isOwnedBy(long participant) {
        return participantId == participant;
    }

    public Long getId() {
        return id;
    }

    public long getParticipantId() {
        return participantId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public Long getScenarioVersionId() {
        return scenarioVersionId;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public int getVersion() {
        return version;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public String getCurrentNode() {
        return currentNode;
    }

    public int getTotal() {
        return total;
    }

    public boolean isPassed() {
        return passed;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
