/** People's infrastructure: password hashing, JPA repositories. */
package nl.weerbaar.people.infrastructure;
