/** Unit tests of what an enrolment costs and who pays. */
package nl.weerbaar.funding.domain;
