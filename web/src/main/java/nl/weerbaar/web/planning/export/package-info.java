/** The session export: its page bean and API (start, follow, download). */
package nl.weerbaar.web.planning.export;
