package nl.weerbaar.planning.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import nl.weerbaar.people.domain.Provincie;

/**
 * What a list of sessions asks for: which statuses, an optional date range and province, the
 * order and the page. Sorting is limited to {@link SortField} so no user text reaches a query.
 */
public record SessionQuery(Set<SessionStatus> statuses, LocalDate from, LocalDate to, Provincie province,
        SortField sortField, boolean ascending, int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    /** The fields a list of sessions can be sorted on. */
    public enum SortField {
        START("start"),
        TITLE("title"),
        LOCATION("location"),
        PROVINCE("province"),
        CAPACITY("capacity"),
        STATUS("status");

        private final String attribute;

        SortField(String attribute) {
            this.attribute = attribute;
        }

        /** The entity attribute this field sorts on. */
        public String attribute() {
            return attribute;
        }
    }

    public SessionQuery {
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        sortField = sortField == null ? SortField.START : sortField;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
    }

    /** All sessions in the given statuses, first starting first, first page of the maximum size. */
    public static SessionQuery inStatuses(Set<SessionStatus> statuses) {
        return new SessionQuery(statuses, null, null, null, SortField.START, true, 0, MAX_LIMIT);
    }

    public SessionQuery withStatuses(Set<SessionStatus> newStatuses) {
        return new SessionQuery(newStatuses, from, to, province, sortField, ascending, offset, limit);
    }

    public SessionQuery between(LocalDate newFrom, LocalDate newTo) {
        return new SessionQuery(statuses, newFrom, newTo, province, sortField, ascending, offset, limit);
    }

    public SessionQuery in(Provincie newProvince) {
        return new SessionQuery(statuses, from, to, newProvince, sortField, ascending, offset, limit);
    }

    public SessionQuery sortedBy(SortField field, boolean asc) {
        return new SessionQuery(statuses, from, to, province, field, asc, offset, limit);
    }

    public SessionQuery page(int newOffset, int newLimit) {
        return new SessionQuery(statuses, from, to, province, sortField, ascending, newOffset, newLimit);
    }
}
