/** The evaluation questionnaire after a held session, the aggregated overview for trainers and NGB, and its API. */
package nl.weerbaar.web.evaluation;
