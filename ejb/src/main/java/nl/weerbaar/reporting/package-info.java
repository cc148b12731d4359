/** Reporting: in this module only its read model (source); the report jobs, figures, workbooks and dashboard are in the batch module. */
package nl.weerbaar.reporting;
