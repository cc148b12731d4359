/** The reports' second step: the spooled rows written as an .xlsx workbook, put in place in one move. */
package nl.weerbaar.reporting.workbook;
