/** Unit tests of the certificate PDF. */
package nl.weerbaar.learning.completion.application;
