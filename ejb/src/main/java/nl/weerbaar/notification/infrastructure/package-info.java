/**
 * Notification's infrastructure: the observers that turn events into outbox mails in their
 * transaction, the outbox's JPA repository, the worker that sends it over SMTP, the iCalendar builder, and the
 * outbox's meters and health answers.
 */
package nl.weerbaar.notification.infrastructure;
