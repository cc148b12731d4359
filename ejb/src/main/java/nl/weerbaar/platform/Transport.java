package nl.weerbaar.platform;

/**
 * Whether this server must speak HTTPS only. Every server does, except a demo server
 * (-Dweerbaar.demo=true), which may stay on plain HTTP on the loopback. The HTTPS port that plain
 * HTTP is redirected to is {@value #PORT_PROPERTY}, else {@value #PORT_ENVIRONMENT}, else 8443
 * (WildFly's https listener).
 */
public final class Transport {

    public static final String DEMO_SWITCH = "weerbaar.demo";
    public static final String PORT_PROPERTY = "weerbaar.https.port";
    public static final String PORT_ENVIRONMENT = "WEERBAAR_HTTPS_PORT";

    private Transport() {
    }

    public static boolean httpsOnly() {
        return !Boolean.getBoolean(DEMO_SWITCH);
    }

    public static int httpsPort() {
        String configured = System.getProperty(PORT_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(PORT_ENVIRONMENT);
        }
        return configured == null || configured.isBlank() ? 8443 : Integer.parseInt(configured.strip());
    }
}
