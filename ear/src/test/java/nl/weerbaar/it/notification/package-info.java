/** Integration tests of mail delivery through the outbox: SMTP outages, retries, dead mails and their resend. */
package nl.weerbaar.it.notification;
