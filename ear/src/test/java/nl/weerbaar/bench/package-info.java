/** Benchmarks (profile bench and the scripts in ear/src/bench): each prints figures next to a baseline measured in the same run and asserts no timing. */
package nl.weerbaar.bench;
