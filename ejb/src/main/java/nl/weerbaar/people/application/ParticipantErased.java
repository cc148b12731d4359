package nl.weerbaar.people.application;

/** A participant's personal data was erased; other parts erase what they hold about her (in the same transaction). */
public record ParticipantErased(long participantId) {
}
