package nl.weerbaar.planning.application;

import java.io.Serializable;
import java.util.List;

/** One page of a list of sessions and how many there are in all. */
public record SessionPage(List<SessionView> sessions, long total) implements Serializable {
}
