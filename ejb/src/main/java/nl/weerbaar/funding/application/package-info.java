/** Funding use cases: budget, tariffs, funding per enrolment, spend against budget (from planning's read API). */
package nl.weerbaar.funding.application;
