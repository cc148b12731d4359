/** People: accounts and roles, the password policy, and the reference data of gemeenten and provinces. */
package nl.weerbaar.people.domain;
