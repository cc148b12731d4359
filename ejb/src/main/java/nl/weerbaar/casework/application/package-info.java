/**
 * Casework's services: keeping the casuistry and recording what was discussed in a trainer's own
 * session (asked of planning).
 */
package nl.weerbaar.casework.application;
