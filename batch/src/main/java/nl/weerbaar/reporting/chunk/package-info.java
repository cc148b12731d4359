/**
 * The reports' first step: readers that page through the period's typed rows by enrolment id, processors
 * that turn them into the rows a report keeps, and the checkpointed spool they are written to.
 */
package nl.weerbaar.reporting.chunk;
