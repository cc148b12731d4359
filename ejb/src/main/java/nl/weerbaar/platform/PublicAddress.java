package nl.weerbaar.platform;

/**
 * The address users reach Weerbaar on, for links in e-mails: system property {@value #PROPERTY},
 * else environment variable {@value #ENVIRONMENT}, else http://localhost:8080 on a demo server and
 * https://localhost:8443 elsewhere. A server that speaks HTTPS only never mails a plain-HTTP link:
 * a configured http:// address is turned into https://.
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
        String base = configured == null || configured.isBlank()
                ? (Transport.httpsOnly() ? "https://localhost:" + Transport.httpsPort() : "http://localhost:8080")
                : configured.strip();
        if (Transport.httpsOnly() && base.startsWith("http://")) {
            base = "https://" + base.substring("http://".length());
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
