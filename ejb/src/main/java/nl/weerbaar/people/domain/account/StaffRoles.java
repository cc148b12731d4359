package nl.weerbaar.people.domain.account;

import java.util.Set;
import nl.weerbaar.platform.security.Roles;

/** The roles an administrator may give a staff account: at least one of ngb, trainer, bzk and admin, never participant. */
public final class StaffRoles {

    private StaffRoles() {
    }

    /** Whether these roles may be given to a staff account. */
    public static boolean valid(Set<String> roles) {
        return roles != null && !roles.isEmpty() && Roles.STAFF.containsAll(roles);
    }

    static Set<String> checked(Set<String> roles) {
        if (!valid(roles)) {
            throw new IllegalArgumentException("not staff roles: " + roles);
        }
        return Set.copyOf(roles);
    }
}
