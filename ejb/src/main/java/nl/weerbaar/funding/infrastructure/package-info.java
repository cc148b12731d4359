/** Funding's infrastructure: the JPA repositories of budgets and tariffs. */
package nl.weerbaar.funding.infrastructure;
