package nl.weerbaar.people.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.weerbaar.people.domain.ParticipantCorrection;
import nl.weerbaar.people.domain.ParticipantCorrectionRepository;

/** Corrections in the relational database, through JPA. */
@ApplicationScoped
public class JpaParticipantCorrectionRepository implements ParticipantCorrectionRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(ParticipantCorrection correction) {
        em.persist(correction);
    }

    @Override
    public List<ParticipantCorrection> of(long participantId) {
        return em.createQuery("select c from ParticipantCorrection c where c.participantId = :p order by c.id",
                ParticipantCorrection.class).setParameter("p", participantId).getResultList();
    }

    @Override
    public void deleteOf(long participantId) {
        em.createQuery("delete from ParticipantCorrection c where c.participantId = :p").setParameter("p", participantId)
                .executeUpdate();
    }
}
