package nl.weerbaar.casework.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.casework.domain.Casus;
import nl.weerbaar.casework.domain.SessionCasus;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/** The trainers' casuistry: cases from practice, and which were discussed in which session. */
@Stateless
@RolesAllowed(Roles.TRAINER)
public class CasusLibrary {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private Validator validator;

    @Inject
    private AuditLog audit;

    public List<Casus> all() {
        return em.createQuery("select c from Casus c order by c.theme, c.title", Casus.class).getResultList();
    }

    public Casus find(long id) {
        Casus casus = em.find(Casus.class, id);
        if (casus == null) {
            throw new NotFound("casus.niet.gevonden");
        }
        return casus;
    }

    /** Creates the case, or updates it when the form has an id. */
    public Casus save(CasusForm form) {
        Set<ConstraintViolation<CasusForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Casus casus = form.getId() == null ? new Casus(caller.getCallerPrincipal().getName(), Amsterdam.now())
                : find(form.getId());
        casus.describe(form.getTitle().strip(), form.getDescription().strip(), form.getTheme(), form.getIncidentType(),
                form.getSource().strip(), form.getTags() == null ? "" : form.getTags().strip());
        if (casus.getId() == null) {
            em.persist(casus);
        }
        audit.record("CASUS_SAVED", "casus", casus.getId());
        return casus;
    }

    /** The cases discussed in the session, as its trainer records them (replacing the earlier list). */
    public void discussed(long sessionId, Collection<Long> casusIds) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session == null || !session.isTrainer(caller.getCallerPrincipal().getName())) {
            throw new NotFound("api.sessie.niet.gevonden");
        }
        em.createQuery("delete from SessionCasus x where x.sessionId = :s").setParameter("s", sessionId).executeUpdate();
        for (Long casusId : Set.copyOf(casusIds)) {
            find(casusId);
            em.persist(new SessionCasus(sessionId, casusId));
        }
        audit.record("CASUS_DISCUSSED", "session", sessionId);
    }

    @RolesAllowed({Roles.TRAINER, Roles.NGB})
    public List<Casus> discussedIn(long sessionId) {
        return em.createQuery("select c from Casus c where c.id in "
                        + "(select x.casusId from SessionCasus x where x.sessionId = :s) order by c.title", Casus.class)
                .setParameter("s", sessionId).getResultList();
    }
}
