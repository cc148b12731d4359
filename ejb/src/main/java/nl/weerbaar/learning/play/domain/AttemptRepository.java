package nl.weerbaar.learning.play.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds attempts and their steps (one aggregate: the steps are only ever appended to their attempt). */
public interface AttemptRepository {

    /** Stores a new attempt at once: the learning records written next refer to its row. */
    void store(Attempt attempt);

    /** Appends the step an attempt just recorded. */
    void append(AttemptStep step);

    Optional<Attempt> find(long attemptId);

    /**
     * The attempt if it is the own attempt of the participant behind the login, locked until the
     * transaction ends, so the steps of one attempt are taken one after the other. Owner and attempt
     * in one query: the step is the player's hot path, and a round trip less is felt under load.
     */
    Optional<Attempt> findForStep(long attemptId, String account);

    /** The attempt's steps in the order taken. */
    List<AttemptStep> steps(long attemptId);

    /** Every attempt of the participant. */
    List<Attempt> ofParticipant(long participantId);

    /** Her attempts at the scenario that are still in progress. */
    List<Attempt> inProgress(long participantId, String scenarioId);

    /** The scenarios she passed at least once, whatever the version. */
    List<String> passedScenarios(long participantId);

    /** How many attempts each scenario has, by scenario id (scenarios never played are absent). */
    Map<String, Long> countPerScenario();

    /** How often each choice was taken at the scenario's decisions, per version ({@code continue} not counted). */
    List<ChoiceCount> choiceCounts(String scenarioId);

    /** Erasure: her attempts stay for the figures, without the actor that names her. */
    void forgetActor(long participantId);

    /** How often one choice was taken at one node of one version. */
    record ChoiceCount(int version, String nodeId, String choiceId, long count) {
    }
}
