/** Planning's bulk import: sessions from an .xlsx, all or nothing; a session that starts in the past is refused. */
package nl.weerbaar.planning.imports;
