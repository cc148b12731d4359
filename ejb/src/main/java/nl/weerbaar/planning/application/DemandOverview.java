package nl.weerbaar.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;

/** Where the training is still needed: per province, for NGB's planning. Counts only, no names. */
@Stateless
public class DemandOverview {

    @Inject
    private ParticipantRepository participants;

    @Inject
    private EnrolmentRepository enrolments;

    @RolesAllowed(Roles.NGB)
    public List<ProvinceDemand> perProvince() {
        Map<Provincie, Long> registered = participants.countPerProvincie();
        Map<Provincie, Map<EnrolmentStatus, Long>> enrolled = enrolments.participantsPerProvinceAndStatus();
        return Arrays.stream(Provincie.values()).map(p -> {
            Map<EnrolmentStatus, Long> counts = enrolled.getOrDefault(p, Map.of());
            long trained = counts.getOrDefault(EnrolmentStatus.ATTENDED, 0L)
                    + counts.getOrDefault(EnrolmentStatus.PARTIALLY_ATTENDED, 0L);
            long booked = counts.getOrDefault(EnrolmentStatus.BOOKED, 0L);
            long waiting = counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0L);
            long all = registered.getOrDefault(p, 0L);
            return new ProvinceDemand(p.naam(), all, trained, booked, waiting, Math.max(0, all - trained - booked - waiting));
        }).toList();
    }
}
