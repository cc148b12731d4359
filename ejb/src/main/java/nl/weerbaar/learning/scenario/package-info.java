/** Scenario versions: the library of published and draft scenarios and the trainers' authoring of them. */
package nl.weerbaar.learning.scenario;
