/** Learning's scenario persistence: the JPA implementation of the scenario version repository. */
package nl.weerbaar.learning.scenario.infrastructure;
