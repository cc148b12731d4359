package nl.weerbaar.learning.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A participant passed a module (all its required scenarios), recorded once, for the reports. */
@Entity
@Table(name = "module_completion")
@IdClass(ModuleCompletion.Key.class)
public class ModuleCompletion {

    @Id
    @Column(name = "participant_id")
    private Long participantId;

    @Id
    @Column(name = "module_id", length = 40)
    private String moduleId;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    protected ModuleCompletion() {
        // for JPA
    }

    public ModuleCompletion(long participantId, String moduleId, LocalDate completedOn) {
        this.participantId = participantId;
        this.moduleId = moduleId;
        this.completedOn = completedOn;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long participantId;
        private String moduleId;

        public Key() {
        }

        public Key(Long participantId, String moduleId) {
            this.participantId = participantId;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(participantId, k.participantId) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, moduleId);
        }
    }
}
