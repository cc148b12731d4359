package nl.weerbaar.reporting.source;

import java.time.LocalDateTime;

/**
 * One enrolment as the participation report reads it: province (null when unknown), office,
 * session start, status, when the status last changed, NGB's funding mark (null: by office), the
 * session's cancellation deadline (null: the default), modules passed, and whether the training is complete.
 */
public record EnrolmentFact(long enrolmentId, String province, String office, LocalDateTime sessionStart, String status,
        LocalDateTime changedAt, Boolean fundingMark, LocalDateTime cancellationDeadline, int modulesPassed,
        boolean trainingComplete) {
}
