package nl.weerbaar.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import nl.weerbaar.platform.security.Roles;

/** What the administrator needs to know about the running platform: JPA provider and schema. */
@Stateless
public class PlatformFacts {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @EJB
    private DatabaseMigration migration;

    /** The facts, read from the live objects rather than from configuration. */
    public record Facts(String persistenceProvider, String entityManagerImplementation, String schemaVersion,
            String database) implements Serializable {
    }

    @RolesAllowed(Roles.ADMIN)
    public Facts facts() {
        // unwrap succeeds only when EclipseLink really is the provider behind this persistence unit.
        org.eclipse.persistence.jpa.JpaEntityManager eclipseLink = em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class);
        String provider = eclipseLink.getEntityManagerFactory().getClass().getName();
        String database = eclipseLink.getServerSession().getDatasourcePlatform().getClass().getSimpleName();
        return new Facts(provider, em.getDelegate().getClass().getName(), migration.schemaVersion(), database);
    }
}
