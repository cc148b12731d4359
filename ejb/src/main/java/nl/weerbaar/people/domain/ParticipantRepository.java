package nl.weerbaar.people.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds participants. */
public interface ParticipantRepository {

    void store(Participant participant);

    Optional<Participant> find(long id);

    boolean emailInUse(String normalizedEmail);

    /** All participants in name order. */
    List<Participant> all();
}
