/** Playing scenarios: a participant's attempts, step by step, and her progress per module. */
package nl.weerbaar.learning.play;
