/** Unit tests that the server's Jakarta Security implementation verifies our password hashes. */
package nl.weerbaar.people.infrastructure;
