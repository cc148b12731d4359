/** The trainers' scenario library and editor pages and the scenario API. */
package nl.weerbaar.web.learning.scenario;
