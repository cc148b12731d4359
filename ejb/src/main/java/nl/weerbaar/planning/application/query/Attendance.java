package nl.weerbaar.planning.application.query;

import java.io.Serializable;

/** That a participant was at a session, wholly or partly, by the enrolment that records it. */
public record Attendance(long enrolmentId, boolean inFull, SessionFacts session) implements Serializable {
}
