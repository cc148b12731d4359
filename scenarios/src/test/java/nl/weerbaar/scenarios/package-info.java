/** Content and unit tests: every shipped scenario is valid, the validator names each problem, playthroughs replay, the zelfscan and support map hold the seeds' data. */
package nl.weerbaar.scenarios;
