/** Pages and API for evaluations: the questionnaire after a session and the aggregates for trainers and NGB. */
package nl.weerbaar.web.evaluation;
