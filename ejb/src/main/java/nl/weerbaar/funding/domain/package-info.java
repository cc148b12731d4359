/** Funding: BZK's budget, the tariffs, what a place and a session cost, and the repositories of budgets and tariffs. */
package nl.weerbaar.funding.domain;
