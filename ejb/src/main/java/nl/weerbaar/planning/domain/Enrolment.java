package nl.weerbaar.planning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;
import nl.weerbaar.people.domain.Participant;

/**
 * One participant's place in one session: booked, or waitlisted in arrival order ({@code
 * queueNumber}), until cancelled or, after the session, marked attended, partially attended or no-show.
 * Every change raises {@code icalSequence}, so calendar invitations can be updated in place.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private EnrolmentStatus status;

    @Column(name = "queue_number")
    private Long queueNumber;

    @Column(name = "enrolled_at", nullable = false)
    private LocalDateTime enrolledAt;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "ical_sequence", nullable = false)
    private int icalSequence;

    @Column(name = "reminder_sent_at")
    private LocalDateTime reminderSentAt;

    /** Whether BZK funds this place; null: the default for her office. */
    @Column(name = "bzk_funded")
    private Boolean bzkFunded;

    @Version
    private long version;

    protected Enrolment() {
        // for JPA
    }

    private Enrolment(TrainingSession session, Participant participant, EnrolmentStatus status, Long queueNumber,
            LocalDateTime now) {
        this.session = Objects.requireNonNull(session, "session");
        this.participant = Objects.requireNonNull(participant, "participant");
        this.status = status;
        this.queueNumber = queueNumber;
        this.enrolledAt = now;
        this.changedAt = now;
    }

    /** A place in the session. */
    public static Enrolment booked(TrainingSession session, Participant participant, LocalDateTime now) {
        return new Enrolment(session, participant, EnrolmentStatus.BOOKED, null, now);
    }

    /** A place on the waitlist, behind every waitlisted enrolment with a lower queue number. */
    public static Enrolment waitlisted(TrainingSession session, Participant participant, long queueNumber,
            LocalDateTime now) {
        return new Enrolment(session, participant, EnrolmentStatus.WAITLISTED, queueNumber, now);
    }

    /** Gives up the place or the waitlist spot. */
    public void cancel(LocalDateTime now) {
        if (status != EnrolmentStatus.BOOKED && status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("only a booked or waitlisted enrolment can be cancelled, not " + status);
        }
        changeTo(EnrolmentStatus.CANCELLED, now);
    }

    /** Moves from the waitlist into a freed place. */
    public void promote(LocalDateTime now) {
        if (status != EnrolmentStatus.WAITLISTED) {
            throw new IllegalStateException("only a waitlisted enrolment can be promoted, not " + status);
        }
        queueNumber = null;
        changeTo(EnrolmentStatus.BOOKED, now);
    }

    /** Records whether she came; may be corrected, but only for someone who had a place. */
    public void recordAttendance(EnrolmentStatus attendance, LocalDateTime now) {
        if (!EnrolmentStatus.ATTENDANCE.contains(attendance)) {
            throw new IllegalArgumentException("not an attendance: " + attendance);
        }
        if (status != EnrolmentStatus.BOOKED && !EnrolmentStatus.ATTENDANCE.contains(status)) {
            throw new IllegalStateException("attendance is recorded for booked participants, not " + status);
        }
        changeTo(attendance, now);
    }

    /** The session moved: the calendar invitation must be updated, so its sequence goes up. */
    public void sessionChanged(LocalDateTime now) {
        changeTo(status, now);
    }

    /** Notes that the reminder went out; it goes out once. */
    public void markReminded(LocalDateTime now) {
        if (reminderSentAt == null) {
            reminderSentAt = now;
        }
    }

    public boolean isReminded() {
        return reminderSentAt != null;
    }

    private void changeTo(EnrolmentStatus next, LocalDateTime now) {
        status = next;
        changedAt = now;
        icalSequence++;
    }

    public boolean isActive() {
        return EnrolmentStatus.ACTIVE.contains(status);
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Participant getParticipant() {
        return participant;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Long getQueueNumber() {
        return queueNumber;
    }

    public int getIcalSequence() {
        return icalSequence;
    }

    /** NGB decides whether BZK funds this place (null: back to the default for her office). */
    public void markFunding(Boolean funded) {
        this.bzkFunded = funded;
    }

    public Boolean getBzkFunded() {
        return bzkFunded;
    }
}
