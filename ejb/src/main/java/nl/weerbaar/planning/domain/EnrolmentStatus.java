package nl.weerbaar.planning.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where an enrolment stands; the last three are recorded after the session. */
public enum EnrolmentStatus {
    BOOKED,
    WAITLISTED,
    CANCELLED,
    ATTENDED,
    PARTIALLY_ATTENDED,
    NO_SHOW;

    /** Statuses that count as the participant's one enrolment for this training. */
    public static final Set<EnrolmentStatus> ACTIVE = EnumSet.of(BOOKED, WAITLISTED, ATTENDED, PARTIALLY_ATTENDED);

    /** What a trainer or NGB may record after the session. */
    public static final Set<EnrolmentStatus> ATTENDANCE = EnumSet.of(ATTENDED, PARTIALLY_ATTENDED, NO_SHOW);
}
