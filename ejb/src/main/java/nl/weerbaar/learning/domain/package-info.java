/** Learning: scenario versions, attempts, learning records, completion, the casuistry and evaluations. */
package nl.weerbaar.learning.domain;
