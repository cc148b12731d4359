/**
 * People's application services: the register of office holders (with erasure), invitations and
 * their accounts, the gemeenten reference data and its replacement by a newer list.
 */
package nl.weerbaar.people.application;
