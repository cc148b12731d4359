/** The e-mails: about an enrolment change (with an iCalendar invitation or cancellation where it applies) and the invitation to create an account. */
package nl.weerbaar.notification.application;
