/**
 * Learning's play: attempts pinned to a published version, their steps appended one per choice, and
 * their repository.
 */
package nl.weerbaar.learning.play.domain;
