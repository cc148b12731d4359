/** Learning's completion: that a participant completed a module or the whole training, and their repositories. */
package nl.weerbaar.learning.completion.domain;
