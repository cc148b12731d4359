package nl.weerbaar.people.application;

import java.time.LocalDateTime;

/**
 * An invitation was made; the token goes into the e-mail and nowhere else. {@code staff}: the
 * invitation is for a staff account (sent by an administrator), not a participant's.
 */
public record InvitationIssued(String name, String email, String token, LocalDateTime expires, boolean staff) {
}
