package nl.weerbaar.it.support;

import java.io.File;
import java.net.URI;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, deployed as it is, and where the server serves it. */
public final class Deployments {

    static final URI BASE = URI.create("http://127.0.0.1:8080/");
    public static final String PASSWORD = "demo-weerbaar";

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("weerbaar.ear")));
    }
}
