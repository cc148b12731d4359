package nl.weerbaar.platform;

import nl.weerbaar.platform.JsonP;
import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code JsonP.PROVIDER.createObjectBuilder()} and its siblings look
 * the provider up with a ServiceLoader on every call, which reads the module's jar under its lock: in
 * LearnerBench's flight recording that was 54 of the scenario step's monitor waits (7 s). The provider
 * is thread-safe, so one serves every call.
 */
public final class JsonP {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {
    }
}
