/** Reporting's value objects: the period a report or dashboard covers, parsed and checked in one place. */
package nl.weerbaar.reporting.domain;
