/** Reports and dashboards in the web layer: the reports API, the reports page and the dashboard page. */
package nl.weerbaar.web.reporting;
