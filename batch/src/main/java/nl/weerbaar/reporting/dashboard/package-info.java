/** The dashboards' figures for a year, counted like the BZK report and suppressed the same way. */
package nl.weerbaar.reporting.dashboard;
