/** Demo and test data above all contexts: the demo accounts and sessions, and synthetic anonymous participation for the reports; only with -Dweerbaar.demo=true. */
package nl.weerbaar.demo;
