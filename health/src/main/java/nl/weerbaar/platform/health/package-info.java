/**
 * Platform health: the readiness checks of what every context relies on — the database and the batch
 * job repository — served by MicroProfile Health at the management interface's /health/ready. The
 * contexts add their own (notification: the outbox backlog and its worker's liveness). Data: counts only.
 */
package nl.weerbaar.platform.health;
