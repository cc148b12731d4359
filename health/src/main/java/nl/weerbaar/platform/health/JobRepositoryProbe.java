package nl.weerbaar.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What the batch module answers about JBeret's job repository (its EJB {@code JobRepositoryHealth}, bound
 * at {@link #JNDI}): WildFly finds a deployment's job operator by the calling module, which must be that one.
 */
public interface JobRepositoryProbe {

    String JNDI = "java:global/weerbaar/weerbaar-batch/JobRepositoryHealth!nl.weerbaar.platform.health.JobRepositoryProbe";

    /** Readiness: the job repository answers. */
    HealthCheckResponse jobRepository();
}
