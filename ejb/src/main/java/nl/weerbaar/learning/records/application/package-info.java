/** Learning's records service: writing xAPI statements as she plays, exporting them, and erasing them with her. */
package nl.weerbaar.learning.records.application;
