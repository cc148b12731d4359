/** Completion: when a participant's training is complete, and her certificate. */
package nl.weerbaar.learning.completion;
