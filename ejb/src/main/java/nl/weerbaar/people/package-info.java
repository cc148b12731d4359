/** People: office holders in the register, gemeenten and provinces, accounts and invitations. */
package nl.weerbaar.people;
