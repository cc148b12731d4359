/** Unit tests of the CSV line reader of the gemeenten import. */
package nl.weerbaar.people.application;
