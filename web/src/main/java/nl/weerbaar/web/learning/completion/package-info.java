/** Pages and API for completion: her status and records, the certificate and its public check. */
package nl.weerbaar.web.learning.completion;
