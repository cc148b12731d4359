/** People's bulk import: office holders from an .xlsx into the register, all or nothing. */
package nl.weerbaar.people.imports;
