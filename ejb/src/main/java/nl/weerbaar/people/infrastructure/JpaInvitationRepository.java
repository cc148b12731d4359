package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.weerbaar.people.domain.Invitation;
import nl.weerbaar.people.domain.InvitationRepository;

/** Invitations in the relational database, through JPA. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> byToken(String token) {
        return byToken(token, LockModeType.NONE);
    }

    @Override
    public Optional<Invitation> lockByToken(String token) {
        return byToken(token, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Invitation> byToken(String token, LockModeType lock) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
                .setParameter("h", Invitation.hash(token)).setLockMode(lock).getResultStream().findFirst();
    }

    @Override
    public void deleteAllOf(long participantId) {
        em.createQuery("delete from Invitation i where i.participant.id = :id").setParameter("id", participantId)
                .executeUpdate();
    }
}
