/** The workbook step of the report jobs: batchlets that read the spool and write the .xlsx (BZK's suppressed figures, NGB's named list) with their cell styles. */
package nl.weerbaar.reporting.workbook;
