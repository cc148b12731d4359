/** Evaluation's service: each attendee answers once; trainers and NGB see aggregates only, from three respondents on. */
package nl.weerbaar.evaluation.application;
