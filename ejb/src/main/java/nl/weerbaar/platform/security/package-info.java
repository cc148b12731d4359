/** The application roles, as constants for the security annotations. */
package nl.weerbaar.platform.security;
