/** The reports' read model: plain SQL over enrolments, sessions, participants, gemeenten, completions and evaluations, in keyset pages. */
package nl.weerbaar.reporting.source;
