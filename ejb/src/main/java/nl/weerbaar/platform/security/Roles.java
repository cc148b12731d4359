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

    private Roles() {
    }
}
