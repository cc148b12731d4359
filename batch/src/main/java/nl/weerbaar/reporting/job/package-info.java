/** Report runs: starting, following, stopping, restarting and handing out the report jobs, the monthly schedule, file retention, the runs' timer and the job repository's health answer. */
package nl.weerbaar.reporting.job;
