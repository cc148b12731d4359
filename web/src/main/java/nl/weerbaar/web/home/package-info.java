/**
 * The home page per role: one small request-scoped bean each, reading the contexts' own services,
 * so that everyone sees her next step first.
 */
package nl.weerbaar.web.home;
