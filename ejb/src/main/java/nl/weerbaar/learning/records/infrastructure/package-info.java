/** Learning's records persistence: the JPA implementation of the learning statement repository. */
package nl.weerbaar.learning.records.infrastructure;
