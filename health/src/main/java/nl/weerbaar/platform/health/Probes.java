package nl.weerbaar.platform.health;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Finds a context's probe EJB by its global JNDI name; none while the EJB module is not (yet) deployed. */
final class Probes {

    private Probes() {
    }

    static <T> Optional<T> lookup(String jndi, Class<T> type) {
        try {
            return Optional.of(type.cast(new InitialContext().lookup(jndi)));
        } catch (NamingException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
