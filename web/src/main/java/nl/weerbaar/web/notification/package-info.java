/** The administrator's API for mail: send due reminders now, see the outbox (dead mails first) and resend a dead mail. */
package nl.weerbaar.web.notification;
