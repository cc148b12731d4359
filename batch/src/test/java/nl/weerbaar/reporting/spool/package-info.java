/** Unit tests of the chunk step's spool format. */
package nl.weerbaar.reporting.chunk;
