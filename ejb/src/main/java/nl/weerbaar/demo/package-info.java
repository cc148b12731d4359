/** Demo and test data above all contexts: the demo accounts and sessions, synthetic anonymous participation for the reports, and the residue search that proves an erasure; only with -Dweerbaar.demo=true. */
package nl.weerbaar.demo;
