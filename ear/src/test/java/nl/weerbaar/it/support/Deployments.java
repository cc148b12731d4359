package nl.weerbaar.it.support;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as it is, and where the server serves it. */
public final class Deployments {

    /** Added to every port of the test server (0 unless a second one runs on the same machine). */
    public static final int PORT_OFFSET = Integer.getInteger("weerbaar.it.port.offset", 0);
    public static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/");
    /** The management interface (health, metrics), where Arquillian deploys. */
    public static final URI MANAGEMENT = URI.create("http://127.0.0.1:" + Integer.getInteger("weerbaar.it.management.port", 9990) + "/");
    public static final String PASSWORD = "demo-weerbaar";

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("weerbaar.ear")));
    }
}
