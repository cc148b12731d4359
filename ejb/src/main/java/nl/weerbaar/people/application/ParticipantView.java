package nl.weerbaar.people.application;

import java.io.Serializable;
import java.time.LocalDate;
import nl.weerbaar.people.domain.Participant;

/** A participant as NGB's pages and the API show her. */
public record ParticipantView(long id, String naam, String email, String telefoon, String ambt, String gemeenteCode,
        String gemeente, String provincie, LocalDate inFunctieSinds) implements Serializable {

    /** Name and e-mail, to tell namesakes apart when picking one. */
    public String label() {
        return naam + " (" + email + ")";
    }

    static ParticipantView of(Participant p) {
        return new ParticipantView(p.getId(), p.getNaam(), p.getEmail(), p.getTelefoon(), p.getAmbt().naam(),
                p.getGemeente() == null ? null : p.getGemeente().getCode(),
                p.getGemeente() == null ? null : p.getGemeente().getNaam(),
                p.getProvincie().naam(), p.getInFunctieSinds());
    }
}
