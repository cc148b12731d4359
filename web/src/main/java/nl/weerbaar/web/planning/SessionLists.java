package nl.weerbaar.web.planning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;

/** The session lists of the pages: NGB's list of everything planned, and what a participant can join. */
@Named
@ViewScoped
public class SessionLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingSessionService service;

    private SessionLazyModel planned;
    private SessionLazyModel open;

    private String province;
    private String status;
    private java.time.LocalDate from;
    private java.time.LocalDate to;

    /** Every session (NGB), narrowed by the filters above the table. */
    public SessionLazyModel getPlanned() {
        if (planned == null) {
            planned = new SessionLazyModel(service, this::plannedQuery);
        }
        return planned;
    }

    private SessionQuery plannedQuery() {
        java.util.Set<SessionStatus> statuses = status == null || status.isBlank()
                ? EnumSet.allOf(SessionStatus.class) : EnumSet.of(SessionStatus.valueOf(status));
        return SessionQuery.inStatuses(statuses).between(from, to)
                .in(province == null ? null : Provincie.metNaam(province).orElse(null));
    }

    private SessionCalendar calendar;

    /** The filtered sessions as a calendar, loaded per visible month; each event links to the session's page. */
    public SessionCalendar getCalendar() {
        if (calendar == null) {
            String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            calendar = new SessionCalendar(service, this::plannedQuery, s -> true, context + "/planning/sessie.xhtml?id=");
        }
        return calendar;
    }

    public List<String> getProvinces() {
        return Provincie.namen();
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(SessionStatus.values()).map(Enum::name).toList();
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public java.time.LocalDate getFrom() {
        return from;
    }

    public void setFrom(java.time.LocalDate from) {
        this.from = from;
    }

    public java.time.LocalDate getTo() {
        return to;
    }

    public void setTo(java.time.LocalDate to) {
        this.to = to;
    }

    /** Sessions that take enrolments or a waitlist. */
    public SessionLazyModel getOpen() {
        if (open == null) {
            open = new SessionLazyModel(service, TrainingSessionService::openOrFull);
        }
        return open;
    }
}
