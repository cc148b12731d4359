/**
 * Evaluation: anonymous answers to the questionnaire after a session, the receipts that she answered,
 * and their repository.
 */
package nl.weerbaar.evaluation.domain;
