package nl.weerbaar.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness {@code job-repository}: the batch module's answer ({@link JobRepositoryProbe}). */
@Readiness
@ApplicationScoped
public class JobRepositoryCheck implements HealthCheck {

    static final String NAME = "job-repository";

    @Override
    public HealthCheckResponse call() {
        return Probes.lookup(JobRepositoryProbe.JNDI, JobRepositoryProbe.class).map(JobRepositoryProbe::jobRepository)
                .orElseGet(() -> HealthCheckResponse.down(NAME));
    }
}
