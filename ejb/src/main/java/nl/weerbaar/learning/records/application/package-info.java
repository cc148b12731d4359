/** Writes the xAPI statements of an attempt (launched, answered, completed, passed or failed) and erases a participant's. */
package nl.weerbaar.learning.records.application;
