package nl.weerbaar.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.audit.application.AuditEntry;
import nl.weerbaar.audit.application.AuditQuery;
import nl.weerbaar.audit.application.AuditSearch;
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;

/**
 * The administrators' audit page: filters in the query string (so a search can be bookmarked and
 * paged with plain links), newest lines first, fifty at a time.
 */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    private AuditSearch trail;

    @Inject
    private SecurityAudit audit;

    @Inject
    private FacesContext faces;

    private Long participantId;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private Long page;
    private AuditSearch.Page found;

    /** Runs the search once the view parameters are in (f:viewAction). */
    public void load() {
        found = trail.search(new AuditQuery(participantId, actor, action, from, to), page, AuditSearch.PAGE);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        audit.record(request.getRemoteUser(), SecurityAction.AUDIT_READ, null, request.getRemoteAddr());
    }

    /** The lines of this search as a CSV download (the audit API wants a token; the page has the session). */
    public org.primefaces.model.StreamedContent getCsv() {
        byte[] csv = AuditCsv.of(trail, new AuditQuery(participantId, actor, action, from, to))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        audit.record(request.getRemoteUser(), SecurityAction.AUDIT_READ, "audit", "csv", request.getRemoteAddr());
        return org.primefaces.model.DefaultStreamedContent.builder().name("audittrail.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new java.io.ByteArrayInputStream(csv)).build();
    }

    public List<AuditEntry> getItems() {
        return found == null ? List.of() : found.items();
    }

    public Long getNext() {
        return found == null ? null : found.next();
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getPage() {
        return page;
    }

    public void setPage(Long page) {
        this.page = page;
    }
}
