/** The learning statement entity: one xAPI statement, as JSON, about an attempt. */
package nl.weerbaar.learning.records.domain;
