/**
 * Learning's play persistence: the JPA implementation of the attempt repository (a step reads one
 * attempt row and appends one step row).
 */
package nl.weerbaar.learning.play.infrastructure;
