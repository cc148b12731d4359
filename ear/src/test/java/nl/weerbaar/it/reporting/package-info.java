/** Integration tests of the report jobs and dashboards: figures, suppression, roles, stop and restart, and the browser path. */
package nl.weerbaar.it.reporting;
