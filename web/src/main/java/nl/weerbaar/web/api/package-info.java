/** The JSON API under /api: thin resources over the application services. */
package nl.weerbaar.web.api;
