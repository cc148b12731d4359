package nl.weerbaar.planning.application;

/** Something happened to an enrolment that the participant is told about (by e-mail). */
public record EnrolmentChanged(long enrolmentId, Kind kind) {

    /** What happened. */
    public enum Kind {
        BOOKED,
        WAITLISTED,
        PROMOTED,
        CANCELLED_BY_PARTICIPANT,
        CANCELLED_BY_NGB,
        SESSION_CANCELLED,
        SESSION_CHANGED,
        REMINDER,
        /** The session was held: she is asked to evaluate it. */
        EVALUATION_REQUESTED
    }
}
