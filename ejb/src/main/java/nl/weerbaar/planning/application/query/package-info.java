/**
 * Planning's read API for other contexts: which sessions there are and which a participant
 * attended, as detached facts, never as planning's entities.
 */
package nl.weerbaar.planning.application.query;
