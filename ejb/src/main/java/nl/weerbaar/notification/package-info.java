/** Notification: e-mails to participants (Dutch), with calendar invitations built by iCal4j, through a transactional outbox. */
package nl.weerbaar.notification;
