/** Pages and API for the casuistry: cases and which were discussed in a session. */
package nl.weerbaar.web.casework;
