package nl.weerbaar.people.domain;

import java.util.List;
import java.util.Optional;

/** Stores and finds gemeenten. */
public interface GemeenteRepository {

    void store(Gemeente gemeente);

    /** The gemeente with this CBS code (GM0518), active or retired. */
    Optional<Gemeente> find(String code);

    /** Every gemeente, retired ones included. */
    List<Gemeente> all();

    /** The active gemeenten, in name order; only those of one province when it is given. */
    List<Gemeente> active(Provincie provincie);
}
