/**
 * Notification's application services: the e-mails about enrolments (with calendar parts) and
 * invitations; what they say comes from planning's and people's read APIs, not their entities.
 */
package nl.weerbaar.notification.application;
