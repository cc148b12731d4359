/**
 * Evaluation's services: answering once per attended session (asked of planning) and aggregates shown
 * from three respondents on.
 */
package nl.weerbaar.evaluation.application;
