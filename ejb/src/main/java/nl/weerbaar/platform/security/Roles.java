package nl.weerbaar.platform.security;

import java.util.List;

/** The application roles. Constants, so annotations such as {@code @RolesAllowed} can use them. */
public final class Roles {
    /** NGB staff: plan sessions, enrol, run waitlists. */
    public static final String NGB = "ngb";
    /** A mayor or other political office holder. */
    public static final String PARTICIPANT = "participant";
    /** A DJI trainer: casuistry, attendance, evaluations. */
    public static final String TRAINER = "trainer";
    /** The ministry BZK: aggregated reports only. */
    public static final String BZK = "bzk";
    /** Technical administration of the application. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(NGB, PARTICIPANT, TRAINER, BZK, ADMIN);

    /** The roles that must log in with a second factor and use tokens, not passwords, for the API. */
    public static final java.util.Set<String> STAFF = java.util.Set.of(NGB, TRAINER, BZK, ADMIN);

    /** Whether these roles include a staff role. */
    public static boolean includeStaff(java.util.Collection<String> roles) {
        return roles.stream().anyMatch(STAFF::contains);
    }

    private Roles() {
    }
}
