package nl.weerbaar.platform;

import java.nio.file.Path;

/**
 * Where Weerbaar keeps its files (embedded database, exports, reports): the system property
 * {@value #PROPERTY}, else the environment variable {@value #ENVIRONMENT}, else {@code ~/.weerbaar}.
 * The server's datasource URL (configure.cli) resolves the same three in the same order.
 */
public final class DataDirectory {

    public static final String PROPERTY = "weerbaar.data.dir";
    public static final String ENVIRONMENT = "WEERBAAR_DATA_DIR";

    private DataDirectory() {
    }

    public static Path root() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        if (configured == null || configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".weerbaar");
        }
        return Path.of(configured);
    }

    /** A subdirectory of the data directory, for one kind of file. */
    public static Path of(String kind) {
        return root().resolve(kind);
    }
}
