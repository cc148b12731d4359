/** Evaluation: the questionnaire after a held session and its aggregates. */
package nl.weerbaar.evaluation;
