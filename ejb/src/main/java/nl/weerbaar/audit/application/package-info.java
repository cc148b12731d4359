/** Audit's service: records an access to or change of personal data in the caller's transaction. */
package nl.weerbaar.audit.application;
