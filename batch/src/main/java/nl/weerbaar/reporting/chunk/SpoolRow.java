package nl.weerbaar.reporting.chunk;

/** A row the {@link SpoolWriter} can write: one {@link SpoolLine} of its fields. */
public interface SpoolRow {

    String toLine();
}
