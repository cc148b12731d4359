package nl.weerbaar.planning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.EnrolmentStatus;

/** Where the training is still needed: per province, for NGB's planning. Counts only, no names. */
@Stateless
public class DemandOverview {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @RolesAllowed(Roles.NGB)
    public List<ProvinceDemand> perProvince() {
        Map<Provincie, Long> registered = new EnumMap<>(Provincie.class);
        for (Object[] row : em.createQuery("select p.provincie, count(p) from Participant p group by p.provincie",
                Object[].class).getResultList()) {
            registered.put((Provincie) row[0], (Long) row[1]);
        }
        Map<Provincie, Map<EnrolmentStatus, Long>> enrolled = new EnumMap<>(Provincie.class);
        for (Object[] row : em.createQuery("select e.participant.provincie, e.status, count(distinct e.participant)"
                + " from Enrolment e where e.status <> :cancelled group by e.participant.provincie, e.status",
                Object[].class).setParameter("cancelled", EnrolmentStatus.CANCELLED).getResultList()) {
            enrolled.computeIfAbsent((Provincie) row[0], p -> new EnumMap<>(EnrolmentStatus.class))
                    .put((EnrolmentStatus) row[1], (Long) row[2]);
        }
        return java.util.Arrays.stream(Provincie.values()).map(p -> {
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
