/** Unit tests of sessions and enrolments: waitlist, deadlines, lifecycle and provinces, without a container. */
package nl.weerbaar.planning.domain;
