package nl.weerbaar.people.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminContinuityTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

    private static Account staff(String username, String... roles) {
        return Account.staff(username, "hash", Set.of(roles), "Naam van " + username, NOW);
    }

    @Test
    void anAdministratorCannotTakeAwayHerOwnAdminRoleEvenWithOtherAdministrators() {
        Account self = staff("beheerder", "admin");
        assertEquals(Optional.of(AdminContinuity.Refusal.OWN_ADMIN_ROLE),
                AdminContinuity.ofRoleChange("beheerder", self, Set.of("ngb"), 3));
    }

    @Test
    void anAdministratorMayAddRolesToHerselfWhileKeepingAdmin() {
        Account self = staff("beheerder", "admin");
        assertTrue(AdminContinuity.ofRoleChange("beheerder", self, Set.of("admin", "ngb"), 1).isEmpty());
    }

    @Test
    void anotherAdministratorMayLoseAdminWhileOneActiveAdministratorRemains() {
        Account other = staff("tweede", "admin");
        assertTrue(AdminContinuity.ofRoleChange("beheerder", other, Set.of("trainer"), 2).isEmpty());
    }

    @Test
    void theLastActiveAdministratorKeepsHerRoleAndStaysActive() {
        Account last = staff("laatste", "admin");
        assertEquals(Optional.of(AdminContinuity.Refusal.LAST_ADMIN),
                AdminContinuity.ofRoleChange("iemand", last, Set.of("bzk"), 1));
        assertEquals(Optional.of(AdminContinuity.Refusal.LAST_ADMIN), AdminContinuity.ofDeactivation("iemand", last, 1));
    }

    @Test
    void aDeactivatedAdministratorIsNotTheLastActiveOne() {
        Account inactive = staff("oud", "admin");
        inactive.deactivate(NOW);
        assertTrue(AdminContinuity.ofRoleChange("beheerder", inactive, Set.of("ngb"), 1).isEmpty());
    }

    @Test
    void nobodyDeactivatesHerself() {
        assertEquals(Optional.of(AdminContinuity.Refusal.OWN_ACCOUNT),
                AdminContinuity.ofDeactivation("beheerder", staff("beheerder", "admin"), 5));
        assertTrue(AdminContinuity.ofDeactivation("beheerder", staff("trainer1", "trainer"), 1).isEmpty());
    }

    @Test
    void rolesOfOtherStaffChangeFreely() {
        assertTrue(AdminContinuity.ofRoleChange("beheerder", staff("planner", "ngb"), Set.of("ngb", "trainer"), 1).isEmpty());
    }

    @Test
    void aStaffAccountHasStaffRolesOnlyAndKeepsThemWhileDeactivated() {
        assertThrows(IllegalArgumentException.class, () -> staff("deelnemer2", "participant"));
        assertThrows(IllegalArgumentException.class, () -> staff("niemand"));
        Account trainer = staff("trainer2", "trainer");
        assertThrows(IllegalArgumentException.class, () -> trainer.changeRoles(Set.of("trainer", "participant")));
        trainer.deactivate(NOW);
        assertFalse(trainer.isActive());
        assertEquals(NOW, trainer.getDeactivatedAt());
        assertEquals(Set.of("trainer"), trainer.getRoles());
        trainer.reactivate();
        assertTrue(trainer.isActive());
        assertEquals(null, trainer.getDeactivatedAt());
    }
}
