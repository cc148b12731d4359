package nl.weerbaar.funding.domain;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.planning.domain.EnrolmentStatus;

/**
 * What an enrolment costs and who pays. A place costs the participant tariff once it was used
 * (attended, partially attended) or left empty too late: a no-show, or a cancellation after the
 * session's cancellation deadline. BZK funds the places of mayors unless NGB marks an enrolment
 * otherwise (the minister's letter names mayors, no other office); other offices only when NGB marks them funded.
 */
public final class CostRules {

    /** The offices BZK funds by default. */
    public static final Set<Ambt> FUNDED_OFFICES = EnumSet.of(Ambt.BURGEMEESTER);

    private static final Set<EnrolmentStatus> USED = EnumSet.of(EnrolmentStatus.ATTENDED,
            EnrolmentStatus.PARTIALLY_ATTENDED, EnrolmentStatus.NO_SHOW);

    private CostRules() {
    }

    public static boolean funded(Boolean override, Ambt office) {
        return override != null ? override : FUNDED_OFFICES.contains(office);
    }

    /** Whether the place costs money (spent): used, or cancelled after the deadline. */
    public static boolean costs(EnrolmentStatus status, LocalDateTime changedAt, LocalDateTime cancellationDeadline) {
        return USED.contains(status)
                || status == EnrolmentStatus.CANCELLED && changedAt != null && changedAt.isAfter(cancellationDeadline);
    }
}
