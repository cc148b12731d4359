/**
 * Notification's infrastructure: the observers that turn events into outbox mails in their
 * transaction, the outbox's JPA repository, the worker that sends it over SMTP, and the iCalendar builder.
 */
package nl.weerbaar.notification.infrastructure;
