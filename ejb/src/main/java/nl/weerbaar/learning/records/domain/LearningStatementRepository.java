package nl.weerbaar.learning.records.domain;

import java.util.List;

/** Stores and finds the xAPI statements about participants' attempts. */
public interface LearningStatementRepository {

    void store(LearningStatement statement);

    /** Her statements, oldest first. */
    List<LearningStatement> of(long participantId);

    /** Erasure: deletes all her statements. */
    void deleteOf(long participantId);
}
