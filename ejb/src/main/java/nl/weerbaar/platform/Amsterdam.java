package nl.weerbaar.platform;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** The one time zone of the training: every local date-time in Weerbaar is Europe/Amsterdam. */
public final class Amsterdam {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Amsterdam() {
    }

    /** Now, as a wall-clock time in Amsterdam, whatever the server's own zone is. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
