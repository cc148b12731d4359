package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.domain.Provincie;

/** Participants in the relational database, through JPA. */
@ApplicationScoped
public class JpaParticipantRepository implements ParticipantRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Participant participant) {
        em.persist(participant);
        em.flush();
    }

    @Override
    public Optional<Participant> find(long id) {
        return Optional.ofNullable(em.find(Participant.class, id));
    }

    @Override
    public Optional<Participant> lockForErasure(long id) {
        return Optional.ofNullable(em.find(Participant.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean emailInUse(String normalizedEmail) {
        return em.createQuery("select count(p) from Participant p where p.email = :email", Long.class)
                .setParameter("email", normalizedEmail).getSingleResult() > 0;
    }

    @Override
    public Optional<Participant> byEmail(String normalizedEmail) {
        return em.createQuery("select p from Participant p where p.email = :email", Participant.class)
                .setParameter("email", normalizedEmail).getResultStream().findFirst();
    }

    @Override
    public Optional<Participant> byAccount(String username) {
        return em.createQuery("select p from Participant p where p.accountUsername = :u", Participant.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public Optional<Long> idOfAccount(String username) {
        return em.createQuery("select p.id from Participant p where p.accountUsername = :u", Long.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public List<Participant> search(String text, int max) {
        String like = "%" + text.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return em.createQuery("select p from Participant p where lower(p.naam) like :t or p.email like :t"
                        + " order by p.naam, p.id", Participant.class)
                .setParameter("t", like).setMaxResults(max).getResultList();
    }

    @Override
    public List<Participant> all() {
        return em.createQuery("select p from Participant p order by p.naam, p.id", Participant.class).getResultList();
    }

    @Override
    public Map<Provincie, Long> countPerProvincie() {
        Map<Provincie, Long> counts = new EnumMap<>(Provincie.class);
        for (Object[] row : em.createQuery("select p.provincie, count(p) from Participant p group by p.provincie",
                Object[].class).getResultList()) {
            counts.put((Provincie) row[0], (Long) row[1]);
        }
        return counts;
    }
}
