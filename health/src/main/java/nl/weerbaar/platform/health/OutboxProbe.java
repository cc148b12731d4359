package nl.weerbaar.platform.health;

import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * What the notification context answers about its outbox (its EJB {@code OutboxHealth} implements this,
 * bound at {@link #JNDI}): the checks here cannot see that context's classes, only this interface.
 */
public interface OutboxProbe {

    String JNDI = "java:global/weerbaar/weerbaar-ejb/OutboxHealth!nl.weerbaar.platform.health.OutboxProbe";

    /** Readiness: mail is getting out. */
    HealthCheckResponse backlog();

    /** Liveness: the worker's timer still calls it. */
    HealthCheckResponse worker();
}
