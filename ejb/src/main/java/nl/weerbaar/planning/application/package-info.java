/** Planning's application services: transactions, security and validation around the domain. */
package nl.weerbaar.planning.application;
