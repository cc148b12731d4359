/** Planning's domain: training sessions of about eight participants with their lifecycle, enrolments with the waitlist and attendance, and the repository interfaces. */
package nl.weerbaar.planning.domain;
