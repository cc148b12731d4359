package nl.weerbaar.learning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.scenarios.Playthrough;
import nl.weerbaar.scenarios.Theme;

/**
 * One participant's attempt at one scenario, pinned to the version it started on. Its steps are the
 * truth (replaying them gives the state back); the current node, the scores and whether it passed
 * are kept alongside for overviews and figures.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(name = "module_id", nullable = false, length = 40)
    private String moduleId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "scenario_version_id")
    private ScenarioVersion scenarioVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "current_node", nullable = false, length = 80)
    private String currentNode;

    @Column(nullable = false)
    private int total;

    /** Points per theme, as {@code A1=3;B=2}. */
    @Column(nullable = false, length = 200)
    private String scores;

    @Column(nullable = false)
    private boolean passed;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attempt_step", joinColumns = @JoinColumn(name = "attempt_id"))
    @OrderColumn(name = "seq")
    private List<AttemptStep> steps = new ArrayList<>();

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected Attempt() {
        // for JPA
    }

    public static Attempt start(Participant participant, String moduleId, ScenarioVersion version, String startNode,
            LocalDateTime now) {
        if (!version.isPublished()) {
            throw new IllegalArgumentException("attempts are made on published versions only");
        }
        Attempt a = new Attempt();
        a.participant = participant;
        a.moduleId = moduleId;
        a.scenarioVersion = version;
        a.status = AttemptStatus.IN_PROGRESS;
        a.currentNode = startNode;
        a.scores = "";
        a.startedAt = now;
        return a;
    }

    /** Records the step just taken in {@code play} (which started from this attempt's steps). */
    public void record(String atNode, String choiceId, Playthrough play, LocalDateTime now) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new IllegalStateException("attempt " + id + " is " + status);
        }
        steps.add(new AttemptStep(atNode, choiceId, now));
        currentNode = play.current().id();
        total = play.total();
        scores = play.scores().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        if (play.finished()) {
            status = AttemptStatus.FINISHED;
            passed = play.passed();
            finishedAt = now;
        }
    }

    /** She started the scenario again: this attempt stays as it was, but is no longer resumed. */
    public void abandon() {
        if (status == AttemptStatus.IN_PROGRESS) {
            status = AttemptStatus.ABANDONED;
        }
    }

    public List<String> choiceIds() {
        return steps.stream().map(AttemptStep::getChoiceId).toList();
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

    public boolean isOwnedBy(long participantId) {
        return participant.getId().longValue() == participantId;
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public String getModuleId() {
        return moduleId;
    }

    public ScenarioVersion getScenarioVersion() {
        return scenarioVersion;
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

    public List<AttemptStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
