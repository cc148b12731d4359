package nl.weerbaar.planning.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.people.domain.ProvincieConverter;

/**
 * One planned run of the training "Omgaan met intimidatie en bedreiging" for a small group (about
 * eight) of office holders. Times are local times in Europe/Amsterdam, the zone the training is
 * given in.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 30;
    public static final int DEFAULT_CAPACITY = 8;
    public static final int DEFAULT_MIN_PARTICIPANTS = 4;
    public static final int DEFAULT_ENROLMENT_DAYS = 1;
    public static final int DEFAULT_CANCELLATION_DAYS = 7;

    @Id
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    @Column(nullable = false, length = 200)
    private String location;

    @Convert(converter = ProvincieConverter.class)
    @Column(nullable = false, length = 32)
    private Provincie province;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "min_participants", nullable = false)
    private int minParticipants = DEFAULT_MIN_PARTICIPANTS;

    /** Null: the default, {@link #DEFAULT_ENROLMENT_DAYS} days before the start. */
    @Column(name = "enrolment_deadline")
    private LocalDateTime enrolmentDeadline;

    /** Null: the default, {@link #DEFAULT_CANCELLATION_DAYS} days before the start. */
    @Column(name = "cancellation_deadline")
    private LocalDateTime cancellationDeadline;

    @Column(length = 2000)
    private String notes;

    // Lazy: the row is locked for every enrolment, which needs no trainers.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "session_trainer", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "username", length = 64)
    private Set<String> trainers = new HashSet<>();

    @Version
    private long version;

    protected TrainingSession() {
        // for JPA
    }

    /** Plans a session; the caller has validated user input, so a broken rule here is a bug. */
    public TrainingSession(String title, LocalDateTime start, LocalDateTime end, String location,
            Provincie province, int capacity, SessionStatus status, LocalDateTime createdAt) {
        this.title = requireText(title, "title");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity out of range: " + capacity);
        }
        if (!status.startsASession()) {
            throw new IllegalArgumentException("a new session is DRAFT or OPEN, not " + status);
        }
        this.location = requireText(location, "location");
        this.province = Objects.requireNonNull(province, "province");
        this.capacity = capacity;
        this.status = status;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /**
     * Changes when, where and how big the session is. Allowed until it is held.
     *
     * @return true when date, time or place changed, which participants must be told about
     */
    public boolean reschedule(String newTitle, LocalDateTime newStart, LocalDateTime newEnd, String newLocation,
            Provincie newProvince, int newCapacity) {
        if (status == SessionStatus.HELD || status == SessionStatus.CLOSED || status == SessionStatus.CANCELLED) {
            throw new LifecycleViolation(status, status);
        }
        if (!newEnd.isAfter(newStart) || newCapacity < MIN_CAPACITY || newCapacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("invalid period or capacity");
        }
        boolean moved = wouldMove(newStart, newEnd, newLocation);
        this.title = requireText(newTitle, "title");
        if (moved) {
            this.start = newStart;
            this.end = newEnd;
        }
        this.location = requireText(newLocation, "location");
        this.province = Objects.requireNonNull(newProvince, "province");
        this.capacity = newCapacity;
        return moved;
    }

    /**
     * Whether these would change date, time or place, which participants are told about. Times count to
     * the minute, as they are planned and shown: a form that sends back 09:00 for a stored 09:00:00.000123
     * (a database's precision, a picker's rounding) changes nothing, and nobody gets a "new date" mail.
     */
    public boolean wouldMove(LocalDateTime newStart, LocalDateTime newEnd, String newLocation) {
        return !toTheMinute(newStart).equals(toTheMinute(start)) || !toTheMinute(newEnd).equals(toTheMinute(end))
                || newLocation == null || !newLocation.strip().equals(location);
    }

    private static LocalDateTime toTheMinute(LocalDateTime time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    /** Sets what the planner decided beyond the basics; null deadlines fall back to the defaults. */
    public void plan(int minimum, LocalDateTime enrolmentBy, LocalDateTime cancellationBy, String note,
            Set<String> trainerUsernames) {
        if (minimum < 1 || minimum > capacity) {
            throw new IllegalArgumentException("minimum out of range: " + minimum);
        }
        this.minParticipants = minimum;
        this.enrolmentDeadline = enrolmentBy;
        this.cancellationDeadline = cancellationBy;
        this.notes = note == null || note.isBlank() ? null : note.strip();
        this.trainers = new HashSet<>(trainerUsernames);
    }

    /** Whether a new enrolment (booked or waitlisted) is possible at this moment. */
    public boolean takesEnrolments(LocalDateTime now) {
        return (status == SessionStatus.OPEN || status == SessionStatus.FULL) && !now.isAfter(getEnrolmentDeadline());
    }

    /** Whether a participant may still cancel herself; NGB may cancel later. */
    public boolean allowsSelfCancellation(LocalDateTime now) {
        return !now.isAfter(getCancellationDeadline());
    }

    /** Moves through the lifecycle; the automatic OPEN/FULL switch is {@link #reflectBookings(long)}. */
    public void changeStatus(SessionStatus target) {
        if (!status.mayBecome(target)) {
            throw new LifecycleViolation(status, target);
        }
        status = target;
    }

    /**
     * Gives freed places to the waitlist, first in line first: the one way a waitlisted participant
     * gets a place (after a cancellation, or when the session grows).
     *
     * @param waitlist this session's waitlist, first in line first
     * @param freedPlaces how many places came free
     * @return the enrolments that moved up, now booked
     */
    public List<Enrolment> promoteFromWaitlist(List<Enrolment> waitlist, long freedPlaces, LocalDateTime now) {
        List<Enrolment> promoted = waitlist.stream().limit(Math.max(0, freedPlaces)).toList();
        promoted.forEach(enrolment -> enrolment.promote(now));
        return promoted;
    }

    /** Keeps OPEN and FULL in step with the number of booked places. */
    public void reflectBookings(long booked) {
        if (status == SessionStatus.OPEN && booked >= capacity) {
            status = SessionStatus.FULL;
        } else if (status == SessionStatus.FULL && booked < capacity) {
            status = SessionStatus.OPEN;
        }
    }

    public boolean isTrainer(String username) {
        return trainers.contains(username);
    }

    public int getMinParticipants() {
        return minParticipants;
    }

    public LocalDateTime getEnrolmentDeadline() {
        return enrolmentDeadline != null ? enrolmentDeadline : start.minusDays(DEFAULT_ENROLMENT_DAYS);
    }

    public LocalDateTime getCancellationDeadline() {
        return cancellationDeadline != null ? cancellationDeadline : start.minusDays(DEFAULT_CANCELLATION_DAYS);
    }

    public String getNotes() {
        return notes;
    }

    public Set<String> getTrainers() {
        return Set.copyOf(trainers);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public String getLocation() {
        return location;
    }

    public Provincie getProvince() {
        return province;
    }

    public int getCapacity() {
        return capacity;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
