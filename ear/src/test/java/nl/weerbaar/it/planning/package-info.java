/** Integration tests of planning on the real server: sessions, enrolment and waitlist, their e-mails, the Excel imports and export, and the browser paths. */
package nl.weerbaar.it.planning;
