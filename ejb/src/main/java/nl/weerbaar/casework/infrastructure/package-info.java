/** Casework's persistence: the JPA implementation of the case repository. */
package nl.weerbaar.casework.infrastructure;
