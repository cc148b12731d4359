/** Completion's service: records module and training completion once the conditions are met, renders the certificate PDF and verifies its code. */
package nl.weerbaar.learning.completion.application;
