package nl.weerbaar.learning.scenario.domain;

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
import java.util.Optional;

/**
 * One version of a scenario file. A draft can be saved over; a published version is immutable, so
 * attempts can be pinned to it. Editing a published scenario starts a new draft with the next
 * version number. Its content is written in Dutch; an English text with the same structure may be
 * stored with it before it is published (the shipped content's {@code en/} files), never after.
 */
@Entity
@Table(name = "scenario_version")
public class ScenarioVersion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Draft (editable, trainers only) or published (immutable, played by participants). */
    public enum Status { DRAFT, PUBLISHED }

    @Id
    @SequenceGenerator(name = "scenario_version_seq", sequenceName = "scenario_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_version_seq")
    private Long id;

    @Column(name = "scenario_id", nullable = false, length = 80)
    private String scenarioId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4)
    private String part;

    @Column(nullable = false, length = 200000)
    private String content;

    /** The English version of the content (same ids and structure), or null: then the Dutch is shown to everyone. */
    @Column(name = "content_en", length = 200000)
    private String contentEn;

    @Column(name = "saved_by", nullable = false, length = 64)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected ScenarioVersion() {
        // for JPA
    }

    public static ScenarioVersion draft(String scenarioId, int version, String title, String part, String content, String by,
            LocalDateTime now) {
        ScenarioVersion v = new ScenarioVersion();
        v.scenarioId = scenarioId;
        v.version = version;
        v.status = Status.DRAFT;
        v.revise(title, part, content, by, now);
        return v;
    }

    /** Saves new content over a draft. */
    public void revise(String newTitle, String newPart, String newContent, String by, LocalDateTime now) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("a published scenario version is immutable");
        }
        this.title = newTitle;
        this.part = newPart;
        this.content = newContent;
        this.savedBy = by;
        this.savedAt = now;
    }

    /** Stores the English text beside the Dutch one; only on a draft, as a published version is immutable. */
    public void translate(String englishContent) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("a published scenario version is immutable");
        }
        this.contentEn = englishContent;
    }

    public void publish(String by, LocalDateTime now) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("already published");
        }
        this.status = Status.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getScenarioId() {
        return scenarioId;
    }

    public int getVersion() {
        return version;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    public String getTitle() {
        return title;
    }

    public String getPart() {
        return part;
    }

    public String getContent() {
        return content;
    }

    /** The English text, where one is stored. */
    public Optional<String> getContentEn() {
        return Optional.ofNullable(contentEn);
    }

    public String getSavedBy() {
        return savedBy;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
