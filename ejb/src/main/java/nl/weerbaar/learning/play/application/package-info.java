/**
 * Learning's player: starting, stepping and resuming attempts, the trainers' preview on the same
 * rules, and progress per module.
 */
package nl.weerbaar.learning.play.application;
