package nl.weerbaar.people.application;

import java.time.LocalDateTime;

/** An invitation was made; the token goes into the e-mail and nowhere else. */
public record InvitationIssued(String name, String email, String token, LocalDateTime expires) {
}
