/**
 * What a report keeps between its two steps: the rows its chunk step spools ({@code ParticipationRow},
 * {@code OperationalRow}), one tab-separated line each, and the file handling of spool and workbook.
 */
package nl.weerbaar.reporting.spool;
