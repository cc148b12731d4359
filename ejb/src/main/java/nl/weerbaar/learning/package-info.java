/** Learning, split in four: scenario (versions and authoring), play (attempts), completion (rules and certificate) and records (xAPI). */
package nl.weerbaar.learning;
