package nl.weerbaar.reporting.source;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One enrolment with names, for NGB's operational list; gemeente, province and completion date may be null. */
public record NamedEnrolment(long enrolmentId, long sessionId, String sessionTitle, LocalDateTime sessionStart,
        String name, String email, String office, String gemeente, String province, String status,
        LocalDate completedOn) {
}
