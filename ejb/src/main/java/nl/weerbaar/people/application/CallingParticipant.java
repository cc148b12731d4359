package nl.weerbaar.people.application;

import jakarta.ejb.SessionContext;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.errors.NotFound;

/** The participant behind the caller's login; a login without one gets "not found", as for anything not hers. */
public final class CallingParticipant {

    private CallingParticipant() {
    }

    public static Participant of(ParticipantRepository participants, SessionContext caller) {
        return participants.byAccount(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFound("leren.geen.deelnemer"));
    }

    /** Only her id, without loading her (the player's hot path). */
    public static long idOf(ParticipantRepository participants, SessionContext caller) {
        return participants.idOfAccount(caller.getCallerPrincipal().getName())
                .orElseThrow(() -> new NotFound("leren.geen.deelnemer"));
    }
}
