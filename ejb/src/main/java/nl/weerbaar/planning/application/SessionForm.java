package nl.weerbaar.planning.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.application.validation.ChronologicalPeriod;
import nl.weerbaar.planning.application.validation.ConsistentPlanning;
import nl.weerbaar.planning.application.validation.KnownProvincie;

/**
 * What NGB staff fill in to plan a session. Mutable, because a page binds to it field by field;
 * the constraints carry the messages the user sees (ValidationMessages bundle).
 */
@ChronologicalPeriod
@ConsistentPlanning
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{weerbaar.sessie.titel.verplicht}")
    @Size(max = 200, message = "{weerbaar.tekst.te.lang}")
    private String title;

    @NotNull(message = "{weerbaar.sessie.start.verplicht}")
    private LocalDateTime start;

    @NotNull(message = "{weerbaar.sessie.einde.verplicht}")
    private LocalDateTime end;

    @NotBlank(message = "{weerbaar.sessie.locatie.verplicht}")
    @Size(max = 200, message = "{weerbaar.tekst.te.lang}")
    private String location;

    @NotBlank(message = "{weerbaar.sessie.provincie.verplicht}")
    @KnownProvincie
    private String province;

    @NotNull(message = "{weerbaar.sessie.capaciteit.verplicht}")
    @Min(value = TrainingSession.MIN_CAPACITY, message = "{weerbaar.sessie.capaciteit.bereik}")
    @Max(value = TrainingSession.MAX_CAPACITY, message = "{weerbaar.sessie.capaciteit.bereik}")
    private Integer capacity = TrainingSession.DEFAULT_CAPACITY;

    /** True plans the session as a draft that takes no enrolments yet; false opens it at once. */
    private boolean draft;

    @NotNull(message = "{weerbaar.sessie.minimum.verplicht}")
    private Integer minParticipants = TrainingSession.DEFAULT_MIN_PARTICIPANTS;

    /** Null: the default, the day before the start. */
    private LocalDateTime enrolmentDeadline;

    /** Null: the default, a week before the start. */
    private LocalDateTime cancellationDeadline;

    @Size(max = 2000, message = "{weerbaar.tekst.te.lang}")
    private String notes;

    /** User names of accounts with the role trainer. */
    private Set<String> trainers = new LinkedHashSet<>();

    public Integer getMinParticipants() {
        return minParticipants;
    }

    public void setMinParticipants(Integer minParticipants) {
        this.minParticipants = minParticipants;
    }

    public LocalDateTime getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public void setEnrolmentDeadline(LocalDateTime enrolmentDeadline) {
        this.enrolmentDeadline = enrolmentDeadline;
    }

    public LocalDateTime getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(LocalDateTime cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Set<String> getTrainers() {
        return trainers;
    }

    public void setTrainers(Set<String> trainers) {
        this.trainers = trainers == null ? new LinkedHashSet<>() : new LinkedHashSet<>(trainers);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }
}
