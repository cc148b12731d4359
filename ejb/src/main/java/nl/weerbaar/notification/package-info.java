/** Notification: e-mails to participants (Dutch), with calendar invitations built by iCal4j. */
package nl.weerbaar.notification;
