/** The reports page, the dashboards and the report API (start, follow, download, stop, restart). */
package nl.weerbaar.web.reporting;
