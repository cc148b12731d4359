/** The dashboards' figures for a year, counted and suppressed like the BZK report, as bars for the charts. */
package nl.weerbaar.reporting.dashboard;
