package nl.weerbaar.people.domain;

import java.util.List;

/** Finds gemeenten. */
public interface GemeenteRepository {

    /** The active gemeenten, in name order; only those of one province when it is given. */
    List<Gemeente> active(Provincie provincie);
}
