package nl.weerbaar.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One attendee's evaluation of a session: three ratings 1–5 and an optional comment, with no link to her. */
@Entity
@Table(name = "evaluation_response")
public class EvaluationResponse {

    @Id
    @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false)
    private int overall;

    @Column(nullable = false)
    private int usefulness;

    @Column(nullable = false)
    private int trainers;

    @Column(length = 2000)
    private String comments;

    protected EvaluationResponse() {
        // for JPA
    }

    public EvaluationResponse(long sessionId, int overall, int usefulness, int trainers, String comments) {
        this.sessionId = sessionId;
        this.overall = overall;
        this.usefulness = usefulness;
        this.trainers = trainers;
        this.comments = comments;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public int getOverall() {
        return overall;
    }

    public int getUsefulness() {
        return usefulness;
    }

    public int getTrainers() {
        return trainers;
    }

    public String getComments() {
        return comments;
    }
}
