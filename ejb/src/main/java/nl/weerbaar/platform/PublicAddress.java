package nl.weerbaar.platform;

/**
 * The address users reach Weerbaar on, for links in e-mails: system property {@value #PROPERTY},
 * else environment variable {@value #ENVIRONMENT}, else http://localhost:8080.
 */
public final class PublicAddress {

    public static final String PROPERTY = "weerbaar.base.url";
    public static final String ENVIRONMENT = "WEERBAAR_BASE_URL";

    private PublicAddress() {
    }

    public static String base() {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENVIRONMENT);
        }
        String base = configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
