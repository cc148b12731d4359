/** The player: start an attempt, take a choice, resume by replaying the steps; and a participant's progress per module. */
package nl.weerbaar.learning.play.application;
