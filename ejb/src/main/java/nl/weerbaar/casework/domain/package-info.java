/** Casework's entities: an anonymised case with its theme, incident type and tags, and its discussion in a session. */
package nl.weerbaar.casework.domain;
