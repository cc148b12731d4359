/** Bulk imports from Excel (.xlsx, read with POI): all or nothing, every bad row reported. */
package nl.weerbaar.imports;
