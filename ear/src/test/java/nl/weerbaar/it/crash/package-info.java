/** Crash tests that start, kill (-9) and restart a server of their own from ear/target/server. */
package nl.weerbaar.it.crash;
