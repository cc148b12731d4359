package nl.weerbaar.people.application.account;

import java.time.Instant;

/** A password reset link was made; the token goes into the e-mail and nowhere else. */
public record PasswordResetIssued(String name, String email, String token, Instant expires) {
}
