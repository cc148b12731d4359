/** What the reports read: plain SQL over enrolments, sessions and evaluations, in pages. */
package nl.weerbaar.reporting;
