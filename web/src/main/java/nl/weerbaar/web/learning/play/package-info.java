/** The participant's e-learning pages (modules, player, zelfscan) and the API of modules and attempts. */
package nl.weerbaar.web.learning.play;
