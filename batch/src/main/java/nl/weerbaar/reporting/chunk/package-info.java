/**
 * The reports' first step: readers that page through the period's typed rows by enrolment id, processors
 * that turn them into the rows a report keeps, and the checkpointed writer of the spool.
 */
package nl.weerbaar.reporting.chunk;
