/** Notification's infrastructure: the outbox that mails after the commit, in order, and the iCalendar builder. */
package nl.weerbaar.notification.infrastructure;
