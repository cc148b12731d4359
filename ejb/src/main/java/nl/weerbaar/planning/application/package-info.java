/** Planning's application services: planning and listing sessions, enrolment with waitlist and attendance, reminders and demand; transactions, security and validation around the domain. */
package nl.weerbaar.planning.application;
