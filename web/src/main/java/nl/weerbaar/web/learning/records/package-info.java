/** Learning records for LRS clients: the xAPI statements resource. */
package nl.weerbaar.web.learning.records;
