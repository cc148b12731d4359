/** Planning's pages and API: sessions (list, calendar, plan, detail), the participant's offer, enrolments and attendance, the trainer's sessions, demand, and the Excel imports. */
package nl.weerbaar.web.planning;
