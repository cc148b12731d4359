/** Report runs: starting, following, stopping, restarting and handing out the report jobs, the monthly schedule, file retention and the runs' timer. */
package nl.weerbaar.reporting.job;
