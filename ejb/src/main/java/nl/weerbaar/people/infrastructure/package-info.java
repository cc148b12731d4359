/** People's infrastructure: password hashing for accounts. */
package nl.weerbaar.people.infrastructure;
