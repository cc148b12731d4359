package nl.weerbaar.planning.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A participant's own current enrolment, as her pages show it. */
public record MyEnrolment(long sessionId, long participantId, String title, LocalDateTime start, LocalDateTime end,
        String location, String status, Integer waitlistPosition, boolean mayCancel) implements Serializable {
}
