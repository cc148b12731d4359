package nl.weerbaar.people.application;

/**
 * A participant's personal data was erased; other parts erase what they hold about her, in the same
 * transaction. It carries the address and login she had (null: none), so that mail and audit can
 * find what they hold under them; they exist only in memory, for the erasing transaction.
 */
public record ParticipantErased(long participantId, String email, String login) {
}
