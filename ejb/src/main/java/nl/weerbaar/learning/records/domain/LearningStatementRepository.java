package nl.weerbaar.learning.records.domain;

import java.time.LocalDateTime;
import java.util.List;

/** Stores and finds the xAPI statements about participants' attempts. */
public interface LearningStatementRepository {

    void store(LearningStatement statement);

    /** Her statements, oldest first. */
    List<LearningStatement> of(long participantId);

    /**
     * A page of statements in id order (the order they were stored), after or before a cursor, for the
     * LRS query: of one participant (or everyone's when null), of a verb (or any), stored within a period.
     */
    List<LearningStatement> page(Long participantId, Long cursor, boolean ascending, String verb, LocalDateTime since,
            LocalDateTime until, int max);

    /** One statement by its xAPI id (a UUID), of one participant or anyone's when null. */
    java.util.Optional<LearningStatement> byStatementId(Long participantId, String statementId);

    /** Erasure: deletes all her statements. */
    void deleteOf(long participantId);
}
