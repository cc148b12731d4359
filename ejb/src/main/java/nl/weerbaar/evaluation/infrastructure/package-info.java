/** Evaluation's persistence: the JPA implementation of the evaluation repository. */
package nl.weerbaar.evaluation.infrastructure;
