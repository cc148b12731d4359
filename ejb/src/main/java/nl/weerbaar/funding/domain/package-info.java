/** Funding: BZK's budget, the tariffs, and what a place and a session cost. */
package nl.weerbaar.funding.domain;
