/**
 * The figures for a period ({@code ReportFigures}), counted once for the BZK workbook and the dashboards:
 * the cube of enrolments, the held sessions and evaluations per quarter, and small-cell suppression.
 */
package nl.weerbaar.reporting.figures;
