/** The JSON API's plumbing: the application under /api, error bodies and mappers, JSON settings, the answer's language, Server-Timing and the OpenAPI document. */
package nl.weerbaar.web.platform.api;
