package nl.weerbaar.people.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores and finds participants. */
public interface ParticipantRepository {

    /** Stores a new participant at once: she has her id, and a taken e-mail address fails here, not at commit. */
    void store(Participant participant);

    Optional<Participant> find(long id);

    /** The participant, locked until the transaction ends, so nothing changes her record while it is erased. */
    Optional<Participant> lockForErasure(long id);

    boolean emailInUse(String normalizedEmail);

    /** The participant with this (normalised) e-mail address, if any. */
    Optional<Participant> byEmail(String normalizedEmail);

    /** The participant whose login this is. */
    Optional<Participant> byAccount(String username);

    /** The id of the participant with this login, without loading her. */
    Optional<Long> idOfAccount(String username);

    /** Participants whose name or e-mail contains the text (any case), in name order. */
    List<Participant> search(String text, int max);

    /** All participants in name order. */
    List<Participant> all();

    /** How many participants are registered per province (provinces without any are absent). */
    Map<Provincie, Long> countPerProvincie();
}
