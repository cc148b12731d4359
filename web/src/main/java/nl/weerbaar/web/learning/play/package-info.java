/** Pages and API for playing: a participant's modules, the player, and the zelfscan. */
package nl.weerbaar.web.learning.play;
