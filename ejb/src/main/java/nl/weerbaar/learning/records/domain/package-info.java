/** Learning's records: xAPI statements about attempts, and their repository. */
package nl.weerbaar.learning.records.domain;
