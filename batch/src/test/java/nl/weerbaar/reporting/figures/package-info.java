/** Unit tests of small-cell suppression: primary cells, secondary cells per row and column, and the totals. */
package nl.weerbaar.reporting.figures;
