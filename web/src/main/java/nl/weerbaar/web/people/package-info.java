/** People's pages and API: login, NGB's register, invitations, gemeenten and the caller's account. */
package nl.weerbaar.web.people;
