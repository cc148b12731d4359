/** Slowing down guessing: failed logins per name and per address, public certificate look-ups per address, and the administrator's view of locks. */
package nl.weerbaar.web.platform.security.throttle;
