/** People's domain: office holders and their office (ambt), gemeenten and provinces, accounts, invitations, the password policy, and the repository interfaces. */
package nl.weerbaar.people.domain;
