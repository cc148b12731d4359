package nl.weerbaar.planning.export;

import java.time.LocalDateTime;

/** One line of the export, in the order of the columns. */
public record SessionRow(long id, String title, LocalDateTime start, LocalDateTime end, String location,
        String province, int capacity, String status) {
}
