/** Learning use cases: the player, module progress, learning records, completion and certificates, authoring, the casuistry, evaluations. */
package nl.weerbaar.learning.application;
