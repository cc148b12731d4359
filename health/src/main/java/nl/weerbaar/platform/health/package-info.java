/**
 * Health: the application's MicroProfile Health checks, served by WildFly at the management interface's
 * /health/ready (the database, the batch job repository, the mail outbox's backlog) and /health/live (the
 * outbox worker's timer). A module of its own in the EAR's lib/, because WildFly 39 registers an EAR's
 * checks only from its top-level bean archives; what a context knows it answers through a probe interface
 * here ({@link OutboxProbe}, {@link JobRepositoryProbe}), implemented by an EJB of that module. Data: counts, durations and flags only.
 */
package nl.weerbaar.platform.health;
