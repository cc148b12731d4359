package nl.weerbaar.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import nl.weerbaar.scenarios.Theme;

/** A case from practice for the trainers' casuistry: anonymised, with its theme, incident type, source and tags. */
@Entity
@Table(name = "casus")
public class Casus implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "casus_seq", sequenceName = "casus_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "casus_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "incident_type", nullable = false, length = 40)
    private IncidentType incidentType;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(nullable = false, length = 400)
    private String tags;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected Casus() {
        // for JPA
    }

    public Casus(String createdBy, LocalDateTime createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String newTitle, String newDescription, Theme newTheme, IncidentType newType, String newSource,
            String newTags) {
        this.title = newTitle;
        this.description = newDescription;
        this.theme = newTheme;
        this.incidentType = newType;
        this.source = newSource;
        this.tags = newTags == null ? "" : newTags;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Theme getTheme() {
        return theme;
    }

    public IncidentType getIncidentType() {
        return incidentType;
    }

    public String getSource() {
        return source;
    }

    public String getTags() {
        return tags;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
