package nl.weerbaar.casework.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.weerbaar.casework.domain.IncidentType;
import nl.weerbaar.scenarios.Theme;

/** A case as a trainer enters it; the description must already be anonymised (the form says so). */
public class CasusForm {

    private Long id;

    @NotBlank(message = "{casus.titel.verplicht}")
    @Size(max = 200, message = "{casus.titel.lengte}")
    private String title;

    @NotBlank(message = "{casus.beschrijving.verplicht}")
    @Size(max = 4000, message = "{casus.beschrijving.lengte}")
    private String description;

    @NotNull(message = "{casus.thema.verplicht}")
    private Theme theme;

    @NotNull(message = "{casus.incident.verplicht}")
    private IncidentType incidentType;

    @NotBlank(message = "{casus.bron.verplicht}")
    @Size(max = 200, message = "{casus.bron.lengte}")
    private String source;

    @Size(max = 400, message = "{casus.tags.lengte}")
    private String tags;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
    }

    public IncidentType getIncidentType() {
        return incidentType;
    }

    public void setIncidentType(IncidentType incidentType) {
        this.incidentType = incidentType;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }
}
