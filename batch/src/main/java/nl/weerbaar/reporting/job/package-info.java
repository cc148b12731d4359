/** The report jobs as a whole: starting, following, stopping and restarting them (BZK's participation report, NGB's named list), their periods, the monthly run and file retention, and runs a previous server process cut off. */
package nl.weerbaar.reporting.job;
