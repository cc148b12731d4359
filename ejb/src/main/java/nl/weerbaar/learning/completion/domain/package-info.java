/** Completion entities: a passed module, and the completed training with its certificate code. */
package nl.weerbaar.learning.completion.domain;
