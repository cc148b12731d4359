/** The session export: a Jakarta Batch chunk job that writes the planned sessions to an .xlsx file. */
package nl.weerbaar.planning.export;
