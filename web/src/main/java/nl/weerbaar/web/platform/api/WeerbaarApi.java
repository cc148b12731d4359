package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}: HTTP Basic, roles checked per method. */
@ApplicationPath("api")
public class WeerbaarApi extends Application {
}
