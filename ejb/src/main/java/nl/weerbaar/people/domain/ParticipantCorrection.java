package nl.weerbaar.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One corrected field of a participant's record: who, when, from what to what. Erased with her. */
@Entity
@Table(name = "participant_correction")
public class ParticipantCorrection {

    @Id
    @SequenceGenerator(name = "participant_correction_seq", sequenceName = "participant_correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_correction_seq")
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Column(name = "corrected_at", nullable = false)
    private LocalDateTime correctedAt;

    @Column(name = "corrected_by", nullable = false, length = 64)
    private String correctedBy;

    @Column(nullable = false, length = 32)
    private String field;

    @Column(name = "old_value", length = 254)
    private String oldValue;

    @Column(name = "new_value", length = 254)
    private String newValue;

    protected ParticipantCorrection() {
        // for JPA
    }

    public ParticipantCorrection(long participantId, LocalDateTime correctedAt, String correctedBy, String field, String oldValue,
            String newValue) {
        this.participantId = participantId;
        this.correctedAt = correctedAt;
        this.correctedBy = correctedBy;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public LocalDateTime getCorrectedAt() {
        return correctedAt;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
