/** Audit: an append-only record of who read or changed which personal record, and when. */
package nl.weerbaar.audit;
