/**
 * What the reports read: plain SQL over enrolments, sessions and evaluations, in pages, handed out
 * as typed rows ({@code EnrolmentFact}, {@code NamedEnrolment}, {@code HeldSession}, {@code SessionEvaluation}).
 */
package nl.weerbaar.reporting.source;
