package nl.weerbaar.reporting.source;

import java.time.LocalDateTime;

/** One evaluation of a session: when the session started, and the three ratings (1 to 5). */
public record SessionEvaluation(LocalDateTime sessionStart, int overall, int usefulness, int trainers) {
}
