/** People's infrastructure: the JPA repositories of participants, gemeenten, accounts and invitations; password hashing. */
package nl.weerbaar.people.infrastructure;
