/** Integration tests of people on the real server: the register, invitations and the gemeenten. */
package nl.weerbaar.it.people;
