/** The report's figures: typed rows, the participation cube that adds them up, and small-cell suppression of every count BZK sees (with its explanation for the notes sheet). */
package nl.weerbaar.reporting.figures;
