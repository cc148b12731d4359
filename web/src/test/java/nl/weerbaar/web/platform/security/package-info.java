/** Unit tests of reading HTTP Basic credentials and remembering verified ones. */
package nl.weerbaar.web.platform.security;
