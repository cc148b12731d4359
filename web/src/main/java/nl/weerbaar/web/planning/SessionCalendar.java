package nl.weerbaar.web.planning;

import java.time.LocalDateTime;
import java.util.function.Predicate;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionQuery;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;

/**
 * Sessions in a PrimeFaces calendar, loaded per visible range (a month of a busy year is a few
 * dozen sessions; the whole planning is thousands). Events carry the session id, and link to
 * {@code linkPrefix + id} when a prefix is given.
 */
public class SessionCalendar extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    private final TrainingSessionService service;
    private final SessionLazyModel.SerializableSupplier<SessionQuery> base;
    private final SerializablePredicate shown;
    private final String linkPrefix;

    /** Which sessions appear (besides the query). */
    public interface SerializablePredicate extends Predicate<SessionView>, java.io.Serializable {
    }

    public SessionCalendar(TrainingSessionService service, SessionLazyModel.SerializableSupplier<SessionQuery> base,
            SerializablePredicate shown, String linkPrefix) {
        this.service = service;
        this.base = base;
        this.shown = shown;
        this.linkPrefix = linkPrefix;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        SessionQuery query = base.get();
        java.time.LocalDate from = max(query.from(), start.toLocalDate());
        java.time.LocalDate to = min(query.to(), end.toLocalDate());
        if (to.isBefore(from)) {
            return;
        }
        for (SessionView s : service.list(query.between(from, to)).sessions()) {
            if (shown.test(s)) {
                DefaultScheduleEvent.Builder<Long> event = DefaultScheduleEvent.<Long>builder().id(String.valueOf(s.id()))
                        .data(s.id()).title(s.title() + " — " + s.location()).startDate(s.start()).endDate(s.end());
                if (linkPrefix != null) {
                    event.url(linkPrefix + s.id());
                }
                addEvent(event.build());
            }
        }
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static java.time.LocalDate min(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
