package nl.weerbaar.people.domain;

import java.util.List;

/** The corrections of participants' records. */
public interface ParticipantCorrectionRepository {

    void store(ParticipantCorrection correction);

    /** Hers, oldest first (for her export and for NGB). */
    List<ParticipantCorrection> of(long participantId);

    /** Erasure: the old and new values are her personal data too. */
    void deleteOf(long participantId);
}
