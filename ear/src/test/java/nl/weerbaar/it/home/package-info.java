/** The home page per role and the public pages (help, accessibility statement), in the browser. */
package nl.weerbaar.it.home;
