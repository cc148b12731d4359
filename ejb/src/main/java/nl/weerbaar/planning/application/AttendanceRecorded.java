package nl.weerbaar.planning.application;

import nl.weerbaar.planning.domain.EnrolmentStatus;

/** Attendance was recorded for a participant (in the same transaction, for those who build on it). */
public record AttendanceRecorded(long participantId, long sessionId, EnrolmentStatus attendance) {
}
