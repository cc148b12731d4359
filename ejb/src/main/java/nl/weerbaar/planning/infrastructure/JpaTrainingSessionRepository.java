package nl.weerbaar.planning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.planning.domain.PlaceDraw;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;

/** Training sessions in the relational database, through JPA. */
@ApplicationScoped
public class JpaTrainingSessionRepository implements TrainingSessionRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(TrainingSession session) {
        em.persist(session);
    }

    @Override
    public Optional<TrainingSession> find(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    @Override
    public Optional<TrainingSession> lock(long id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session != null) {
            // Refreshed under the lock, not just locked: a copy read earlier in this transaction may
            // predate a draw, which changes the counters without raising the version.
            em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        }
        return Optional.ofNullable(session);
    }

    /** The SET expressions all read the row as it was before this update (SQL's rule). */
    private static final String DRAW = "update training_session set"
            + " last_draw = case when booked_places < capacity then 0 else waitlist_drawn + 1 end,"
            + " waitlist_drawn = case when booked_places < capacity then waitlist_drawn else waitlist_drawn + 1 end,"
            + " status = case when status = ? and booked_places + 1 >= capacity then ? else status end,"
            + " booked_places = case when booked_places < capacity then booked_places + 1 else booked_places end"
            + " where id = ? and status in (?, ?)";

    @Override
    public Optional<PlaceDraw> drawPlace(long id) {
        em.flush();
        // Plain JDBC on the transaction's connection: JPA cannot return what an update wrote, and
        // reading it back would be one more statement under the lock. Both PostgreSQL (RETURNING) and
        // H2 give the written column as a generated key.
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement draw = connection.prepareStatement(DRAW, new String[] {"last_draw"})) {
            draw.setString(1, SessionStatus.OPEN.name());
            draw.setString(2, SessionStatus.FULL.name());
            draw.setLong(3, id);
            draw.setString(4, SessionStatus.OPEN.name());
            draw.setString(5, SessionStatus.FULL.name());
            if (draw.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet written = draw.getGeneratedKeys()) {
                if (!written.next()) {
                    throw new IllegalStateException("the database returned no draw for session " + id);
                }
                return Optional.of(new PlaceDraw(written.getLong(1)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("drawing a place in session " + id, e);
        }
    }

    @Override
    public List<TrainingSession> find(SessionQuery query) {
        Filter filter = Filter.of(query);
        // The order attribute comes from a closed enum, never from user text; id breaks ties for stable paging.
        String order = " order by s." + query.sortField().attribute() + (query.ascending() ? " asc" : " desc")
                + ", s.id asc";
        TypedQuery<TrainingSession> jpql = em.createQuery(
                "select s from TrainingSession s" + filter.where() + order, TrainingSession.class);
        filter.parameters().forEach(jpql::setParameter);
        // The trainers of the whole page in one more query, not one per row (the lists show them).
        jpql.setHint(QueryHints.BATCH, "s.trainers").setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        return jpql.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    }

    @Override
    public List<TrainingSession> ofTrainer(String username) {
        return em.createQuery("select s from TrainingSession s where :u member of s.trainers order by s.start, s.id",
                TrainingSession.class).setParameter("u", username).getResultList();
    }

    @Override
    public long count(SessionQuery query) {
        Filter filter = Filter.of(query);
        TypedQuery<Long> jpql = em.createQuery("select count(s) from TrainingSession s" + filter.where(), Long.class);
        filter.parameters().forEach(jpql::setParameter);
        return jpql.getSingleResult();
    }

    /** The where clause of a query and its parameters. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(SessionQuery query) {
            StringBuilder where = new StringBuilder(" where s.status in :statuses");
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("statuses", List.copyOf(query.statuses()));
            if (query.from() != null) {
                where.append(" and s.start >= :from");
                parameters.put("from", query.from().atStartOfDay());
            }
            if (query.to() != null) {
                where.append(" and s.start < :to");
                parameters.put("to", query.to().plusDays(1).atStartOfDay());
            }
            if (query.province() != null) {
                where.append(" and s.province = :province");
                parameters.put("province", query.province());
            }
            return new Filter(where.toString(), parameters);
        }
    }
}
