/** Planning's infrastructure: JPA implementations of its repositories, and its meters. */
package nl.weerbaar.planning.infrastructure;
