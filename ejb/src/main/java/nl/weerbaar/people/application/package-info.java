/** People's application services: reference data of gemeenten (participants and accounts to come). */
package nl.weerbaar.people.application;
