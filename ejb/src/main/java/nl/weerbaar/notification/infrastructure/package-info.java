/** Sending after the commit, in order, on one thread (MailOutbox), and building the iCalendar invitation. */
package nl.weerbaar.notification.infrastructure;
