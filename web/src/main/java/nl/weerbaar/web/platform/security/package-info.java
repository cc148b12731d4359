/** Security: the identity store, the one authentication mechanism (form for pages, Basic for the API) and the short-lived cache of verified API credentials, and the failed-login counter. */
package nl.weerbaar.web.platform.security;
