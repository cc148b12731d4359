package nl.weerbaar.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.notification.domain.OutboxBacklog;
import nl.weerbaar.notification.domain.OutboxMail;
import nl.weerbaar.notification.domain.OutboxMailRepository;
import nl.weerbaar.notification.domain.OutboxState;

/** The outbox in the relational database, through JPA. */
@ApplicationScoped
public class JpaOutboxMailRepository implements OutboxMailRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(OutboxMail mail) {
        em.persist(mail);
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<OutboxMail> unsentOldestFirst(int limit) {
        return em.createQuery("select m from OutboxMail m where m.sentAt is null order by m.id", OutboxMail.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public int deleteAllTo(String recipient) {
        return em.createQuery("delete from OutboxMail m where m.recipient = :r").setParameter("r", recipient).executeUpdate();
    }

    @Override
    public int deleteSentBefore(java.time.LocalDateTime before) {
        return em.createQuery("delete from OutboxMail m where m.sentAt < :before").setParameter("before", before)
                .executeUpdate();
    }

    @Override
    public OutboxBacklog backlog() {
        // One aggregate over the unsent rows (the worker reads the same rows every round).
        List<Object[]> rows = em.createQuery("select m.dead, count(m), min(m.createdAt) from OutboxMail m"
                + " where m.sentAt is null group by m.dead", Object[].class).getResultList();
        long pending = 0;
        long dead = 0;
        LocalDateTime oldestPending = null;
        for (Object[] row : rows) {
            if (Boolean.TRUE.equals(row[0])) {
                dead = ((Number) row[1]).longValue();
            } else {
                pending = ((Number) row[1]).longValue();
                oldestPending = (LocalDateTime) row[2];
            }
        }
        return new OutboxBacklog(pending, dead, Optional.ofNullable(oldestPending));
    }

    @Override
    public List<OutboxMail> inState(OutboxState state, int limit) {
        String where = switch (state) {
            case PENDING -> "m.sentAt is null and m.dead = false";
            case DEAD -> "m.sentAt is null and m.dead = true";
            case SENT -> "m.sentAt is not null";
        };
        return em.createQuery("select m from OutboxMail m where " + where + " order by m.id desc", OutboxMail.class)
                .setMaxResults(limit).getResultList();
    }
}
