package nl.weerbaar.learning.scenario.application;

import java.util.List;

/** How participants chose at one decision of one scenario version. */
public record ChoiceDistribution(int version, String nodeId, String nodeText, long total, List<Share> choices) implements java.io.Serializable {

    /** One choice: how many took it and which part of all who answered here. */
    public record Share(String choiceId, String text, long count, int percent) implements java.io.Serializable {
    }
}
