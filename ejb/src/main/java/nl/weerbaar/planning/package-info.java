/** Planning: training sessions, enrolments with the waitlist, attendance, reminders and demand per province. */
package nl.weerbaar.planning;
