/** Learning records: xAPI statements about attempts. */
package nl.weerbaar.learning.records;
