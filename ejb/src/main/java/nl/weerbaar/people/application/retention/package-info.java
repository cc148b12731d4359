/** Retention: what is kept how long, and the nightly job that removes the rest (decision 0008). */
package nl.weerbaar.people.application.retention;
