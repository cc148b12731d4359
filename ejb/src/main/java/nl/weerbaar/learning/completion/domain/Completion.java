package nl.weerbaar.learning.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A participant completed the training: she attended her session and passed the required modules.
 * Recorded once, with the date and the code that verifies her certificate.
 */
@Entity
@Table(name = "completion")
public class Completion {

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "certificate_code", length = 20, unique = true)
    private String certificateCode;

    protected Completion() {
        // for JPA
    }

    public Completion(long participantId, long sessionId, LocalDate completedOn, String certificateCode) {
        this.participantId = participantId;
        this.sessionId = sessionId;
        this.completedOn = completedOn;
        this.certificateCode = certificateCode;
    }

    /** Erasure: the certificate can no longer be verified; the date stays for the anonymous figures. */
    public void withdrawCertificate() {
        certificateCode = null;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getCertificateCode() {
        return certificateCode;
    }
}
