/**
 * People: participants, accounts and roles, invitations, the password policy, the reference data of
 * gemeenten and provinces, and the repository interfaces through which they are stored.
 */
package nl.weerbaar.people.domain;
