/** Unit tests that the OpenAPI document names every endpoint the resources declare. */
package nl.weerbaar.web.platform.api;
