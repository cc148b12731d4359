/** Security: the identity store and the one authentication mechanism (form for pages, Basic for the API). */
package nl.weerbaar.web.platform.security;
