/** The chunk step of the report jobs: keyset readers over ReportSource, processors that turn each enrolment into a typed row, and the spool writer whose checkpoint makes a restart neither lose nor repeat a row. */
package nl.weerbaar.reporting.chunk;
