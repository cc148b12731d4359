/** Errors every context raises the same way: not found (404) and conflict with the current state (409). */
package nl.weerbaar.platform.errors;
