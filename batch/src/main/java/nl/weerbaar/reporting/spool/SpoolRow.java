package nl.weerbaar.reporting.spool;

/** A row the {@link SpoolWriter} can write: one {@link SpoolLine} of its fields. */
public interface SpoolRow {

    String toLine();
}
