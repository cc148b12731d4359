/**
 * Notification's application services: the e-mails about enrolments (with calendar parts) and
 * invitations, written into the outbox in the caller's transaction (what they say comes from
 * planning's and people's read APIs, not their entities), and the administrator's view of the outbox.
 */
package nl.weerbaar.notification.application;
