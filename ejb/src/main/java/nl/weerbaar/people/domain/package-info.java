/** People: accounts, roles and the password policy of the identity store. */
package nl.weerbaar.people.domain;
