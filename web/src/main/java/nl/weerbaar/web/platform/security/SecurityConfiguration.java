package nl.weerbaar.web.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import nl.weerbaar.people.domain.account.PasswordPolicy;
import nl.weerbaar.platform.security.Roles;

/**
 * The identity store: accounts and roles in the application database, passwords as PBKDF2 hashes
 * ({@link PasswordPolicy}). The authentication mechanism is {@link WeerbaarAuthenticationMechanism}.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/WeerbaarDS",
        callerQuery = "select password_hash from account where username = ? and active = true",
        groupsQuery = "select role from account_role where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordPolicy.ALGORITHM, PasswordPolicy.ITERATIONS, PasswordPolicy.SALT_SIZE,
            PasswordPolicy.KEY_SIZE})
@DeclareRoles({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
