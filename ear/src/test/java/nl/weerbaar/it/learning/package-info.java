/** Integration tests of the e-learning on the real server: the player, scenario authoring, completion with certificate and learning records, and the browser path. */
package nl.weerbaar.it.learning;
