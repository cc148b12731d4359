package nl.weerbaar.people.domain.account;

import java.util.Optional;
import java.util.Set;
import nl.weerbaar.platform.security.Roles;

/**
 * The rule that keeps the application administrable: an administrator neither takes away her own
 * admin role nor deactivates herself, and no change leaves no active administrator at all.
 */
public final class AdminContinuity {

    /** Why a change is refused, as the key of its message. */
    public enum Refusal {
        OWN_ADMIN_ROLE("accounts.eigen.admin"),
        OWN_ACCOUNT("accounts.eigen.account"),
        LAST_ADMIN("accounts.laatste.admin");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private AdminContinuity() {
    }

    /**
     * Whether the actor may give the target these roles.
     *
     * @param activeAdmins how many active administrators there are now, the target included if she is one
     */
    public static Optional<Refusal> ofRoleChange(String actor, Account target, Set<String> roles, long activeAdmins) {
        if (roles.contains(Roles.ADMIN) || !target.getRoles().contains(Roles.ADMIN)) {
            return Optional.empty();
        }
        if (target.getUsername().equals(actor)) {
            return Optional.of(Refusal.OWN_ADMIN_ROLE);
        }
        return target.isActiveAdmin() && activeAdmins <= 1 ? Optional.of(Refusal.LAST_ADMIN) : Optional.empty();
    }

    /** Whether the actor may deactivate the target. */
    public static Optional<Refusal> ofDeactivation(String actor, Account target, long activeAdmins) {
        if (target.getUsername().equals(actor)) {
            return Optional.of(Refusal.OWN_ACCOUNT);
        }
        return target.isActiveAdmin() && activeAdmins <= 1 ? Optional.of(Refusal.LAST_ADMIN) : Optional.empty();
    }
}
