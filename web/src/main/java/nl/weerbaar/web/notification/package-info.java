/** The administrator's API to send due reminders now. */
package nl.weerbaar.web.notification;
