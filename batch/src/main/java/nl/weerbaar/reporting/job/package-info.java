/** Report runs: starting, following, stopping, restarting and handing out the report jobs, the monthly schedule and file retention. */
package nl.weerbaar.reporting.job;
