/** Learning's completion persistence: JPA implementations of the completion repositories. */
package nl.weerbaar.learning.completion.infrastructure;
