/** Integration tests of the platform: EclipseLink, Flyway and the database in use, login and error pages, and which role may reach what. */
package nl.weerbaar.it.platform;
