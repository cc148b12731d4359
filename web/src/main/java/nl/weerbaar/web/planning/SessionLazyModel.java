package nl.weerbaar.web.planning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Loads one page of sessions at a time, sorted in the database, for a PrimeFaces DataTable. */
public class SessionLazyModel extends LazyDataModel<SessionView> {

    private static final long serialVersionUID = 1L;

    private final TrainingSessionService service;
    private final SerializableSupplier<SessionQuery> base;

    /** A query that the page can still change (filters), read at every load. */
    public interface SerializableSupplier<T> extends java.util.function.Supplier<T>, java.io.Serializable {
    }

    public SessionLazyModel(TrainingSessionService service, SerializableSupplier<SessionQuery> base) {
        this.service = service;
        this.base = base;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(base.get());
    }

    @Override
    public List<SessionView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SessionQuery query = base.get().page(first, Math.max(1, Math.min(pageSize, SessionQuery.MAX_LIMIT)));
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
            SessionQuery.SortField field = Arrays.stream(SessionQuery.SortField.values())
                    .filter(f -> f.attribute().equals(sort.getField()))
                    .findFirst().orElse(SessionQuery.SortField.START);
            query = query.sortedBy(field, sort.getOrder() == SortOrder.ASCENDING);
        }
        // The table has asked count() already: the page alone is one query less.
        return service.sessions(query);
    }

    @Override
    public String getRowKey(SessionView session) {
        return String.valueOf(session.id());
    }

    @Override
    public SessionView getRowData(String rowKey) {
        return service.find(Long.parseLong(rowKey)).orElse(null);
    }
}
