/** Attempt entities: an attempt pinned to a scenario version, its steps (only ever inserted) and its status. */
package nl.weerbaar.learning.play.domain;
