package nl.weerbaar.people.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether a user name is an open login, for the login checks that must not reveal it to the caller. */
@Stateless
@PermitAll
public class AccountDirectory {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    /** The roles of an open login; empty for a closed or unknown one. */
    public java.util.Set<String> rolesOfOpen(String username) {
        return java.util.Set.copyOf(em.createQuery("select r from Account a join a.roles r where a.username = :u and a.active = true",
                String.class).setParameter("u", username).getResultList());
    }

    public boolean isOpen(String username) {
        return !em.createQuery("select a.username from Account a where a.username = :u and a.active = true", String.class)
                .setParameter("u", username).setMaxResults(1).getResultList().isEmpty();
    }
}
