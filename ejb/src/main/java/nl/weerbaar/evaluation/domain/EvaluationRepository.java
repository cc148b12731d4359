package nl.weerbaar.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Stores evaluations and the receipts that say who answered, kept apart so an answer names no one. */
public interface EvaluationRepository {

    /** Stores an answer and the receipt that its enrolment answered; nothing links the two. */
    void store(EvaluationReceipt receipt, EvaluationResponse response);

    boolean evaluated(long enrolmentId);

    /** Those of these enrolments whose attendee evaluated her session. */
    Set<Long> evaluated(Collection<Long> enrolmentIds);

    List<EvaluationResponse> ofSession(long sessionId);

    List<EvaluationResponse> all();
}
