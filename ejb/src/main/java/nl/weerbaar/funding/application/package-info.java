/** Funding use cases: budget, tariffs, funding per enrolment, spend against budget. */
package nl.weerbaar.funding.application;
