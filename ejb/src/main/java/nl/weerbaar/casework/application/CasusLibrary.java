package nl.weerbaar.casework.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.casework.domain.Casus;
import nl.weerbaar.casework.domain.CasusRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.query.SessionLookup;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/**
 * The trainers' casuistry: cases from practice, and which were discussed in which session (a
 * session planning knows, given by the calling trainer).
 */
@Stateless
@RolesAllowed(Roles.TRAINER)
public class CasusLibrary {

    @Inject
    private CasusRepository cases;

    @Inject
    private SessionLookup sessions;

    @Resource
    private SessionContext caller;

    @Inject
    private Validator validator;

    @Inject
    private AuditLog audit;

    public List<Casus> all() {
        return cases.all();
    }

    public Casus find(long id) {
        return cases.find(id).orElseThrow(() -> new NotFound("casus.niet.gevonden"));
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
            cases.store(casus);
        }
        audit.record("CASUS_SAVED", "casus", casus.getId());
        return casus;
    }

    /** The cases discussed in the session, as its trainer records them (replacing the earlier list). */
    public void discussed(long sessionId, Collection<Long> casusIds) {
        String trainer = caller.getCallerPrincipal().getName();
        if (sessions.find(sessionId).filter(s -> s.givenBy(trainer)).isEmpty()) {
            throw new NotFound("api.sessie.niet.gevonden");
        }
        Set<Long> discussed = Set.copyOf(casusIds);
        discussed.forEach(this::find);
        cases.recordDiscussed(sessionId, discussed);
        audit.record("CASUS_DISCUSSED", "session", sessionId);
    }

    @RolesAllowed({Roles.TRAINER, Roles.NGB})
    public List<Casus> discussedIn(long sessionId) {
        return cases.discussedIn(sessionId);
    }
}
