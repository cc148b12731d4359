/** What the .xlsx imports share: reading and checking the uploaded sheet, a problem per row and column, the refusal of a whole file and its messages. */
package nl.weerbaar.platform.imports;
