package nl.weerbaar.people.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.weerbaar.platform.security.Roles;

/**
 * A login: user name, password hash and roles. The identity store reads the same tables with
 * plain SQL (see the web module's security configuration) and refuses a login that is not active.
 * Staff accounts carry a display name; an administrator changes their roles, deactivates (the
 * hash and roles are kept, so it can be reactivated) and reactivates them.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @Column(name = "deactivated_at")
    private LocalDateTime deactivatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "role", length = 32)
    private Set<String> roles = new HashSet<>();

    protected Account() {
        // for JPA
    }

    public Account(String username, String passwordHash, Set<String> roles, LocalDateTime createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        if (!Roles.ALL.containsAll(roles) || roles.isEmpty()) {
            throw new IllegalArgumentException("unknown or no roles: " + roles);
        }
        this.roles = new HashSet<>(roles);
        this.active = true;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A staff account, made when its invitation is accepted. */
    public static Account staff(String username, String passwordHash, Set<String> roles, String displayName,
            LocalDateTime createdAt) {
        Account account = new Account(username, passwordHash, StaffRoles.checked(roles), createdAt);
        account.displayName = Objects.requireNonNull(displayName, "displayName");
        return account;
    }

    /** The staff roles this account has from now on (the administrator checks who may lose admin). */
    public void changeRoles(Set<String> staffRoles) {
        if (!isStaff()) {
            throw new IllegalStateException("only a staff account's roles change here");
        }
        Set<String> checked = StaffRoles.checked(staffRoles);
        roles.clear();
        roles.addAll(checked);
    }

    /** No password, token or session of this login works any more, until it is reactivated. */
    public void deactivate(LocalDateTime at) {
        if (active) {
            active = false;
            deactivatedAt = Objects.requireNonNull(at, "at");
        }
    }

    public void reactivate() {
        if (!isStaff()) {
            throw new IllegalStateException("a closed login stays closed");
        }
        active = true;
        deactivatedAt = null;
    }

    /** A full login (second step included) succeeded now. */
    public void loggedInAt(LocalDateTime at) {
        lastLoginAt = at;
    }

    public boolean isStaff() {
        return Roles.includeStaff(roles);
    }

    public boolean isActiveAdmin() {
        return active && roles.contains(Roles.ADMIN);
    }

    /** A new password hash, for a change by its owner or a reset. */
    public void changePassword(String newHash) {
        if (!active) {
            throw new IllegalStateException("a closed login gets no password");
        }
        passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Closes the login for good: no password verifies any more. */
    public void close() {
        active = false;
        passwordHash = "closed";
        roles.clear();
    }

    public String getUsername() {
        return username;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public String getDisplayName() {
        return displayName;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public LocalDateTime getDeactivatedAt() {
        return deactivatedAt;
    }
}
