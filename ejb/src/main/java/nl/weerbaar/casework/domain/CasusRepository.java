package nl.weerbaar.casework.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores and finds the cases of the casuistry, and which were discussed in which session. */
public interface CasusRepository {

    void store(Casus casus);

    Optional<Casus> find(long id);

    /** Every case, by theme and title. */
    List<Casus> all();

    /** The cases discussed in the session, by title. */
    List<Casus> discussedIn(long sessionId);

    /** Records the cases discussed in the session, replacing the earlier list. */
    void recordDiscussed(long sessionId, Collection<Long> casusIds);
}
