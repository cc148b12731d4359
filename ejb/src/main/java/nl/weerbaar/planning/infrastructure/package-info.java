/** Planning's persistence: JPA implementations of its repositories. */
package nl.weerbaar.planning.infrastructure;
