/** Integration tests of evaluation on the real server: who may read a session's evaluations. */
package nl.weerbaar.it.evaluation;
