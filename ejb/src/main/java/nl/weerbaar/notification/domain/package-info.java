/**
 * Notification's domain: the outbox mail (one e-mail as it will be sent, with its delivery state),
 * its repository, and the rules for when it is sent: order per recipient and retry with back-off.
 */
package nl.weerbaar.notification.domain;
