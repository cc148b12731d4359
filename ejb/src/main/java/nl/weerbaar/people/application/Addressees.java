package nl.weerbaar.people.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.weerbaar.people.domain.ParticipantRepository;

/** Whom a mail to a participant goes to; for the mail sender, which runs after the commit without a caller. */
@Stateless
@PermitAll
public class Addressees {

    /** A participant's name and e-mail address, as a mail greets and reaches her. */
    public record Addressee(String naam, String email) {
    }

    @Inject
    private ParticipantRepository participants;

    /** Empty for an erased participant: her cancelled place is not mailed to a made-up address. */
    public Optional<Addressee> of(long participantId) {
        return participants.find(participantId).filter(p -> !p.isErased()).map(p -> new Addressee(p.getNaam(), p.getEmail()));
    }
}
