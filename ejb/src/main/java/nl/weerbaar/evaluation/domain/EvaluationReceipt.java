package nl.weerbaar.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That an enrolment's attendee evaluated her session (once); what she answered is not linked to it. */
@Entity
@Table(name = "evaluation_receipt")
public class EvaluationReceipt {

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    protected EvaluationReceipt() {
        // for JPA
    }

    public EvaluationReceipt(long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }
}
