package nl.weerbaar.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: a connection from the application's pool answers the driver's own validity check. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private static final String DATA_SOURCE = "java:jboss/datasources/WeerbaarDS";

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        boolean valid;
        DataSource dataSource = Probes.lookup(DATA_SOURCE, DataSource.class).orElse(null);
        try (Connection connection = dataSource == null ? null : dataSource.getConnection()) {
            valid = connection != null && connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        // The exception's text may name hosts or accounts: only the outcome and its time are shown.
        return HealthCheckResponse.named("database").status(valid)
                .withData("milliseconds", (System.nanoTime() - started) / 1_000_000).build();
    }
}
