/** Funding: BZK's budget per year, the tariffs, who BZK funds and what places and sessions cost. */
package nl.weerbaar.funding;
