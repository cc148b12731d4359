/** Evaluation's entities: an answer without a link to its author, and the receipt that she answered. */
package nl.weerbaar.evaluation.domain;
