/** People's application services: the register of office holders (audited), invitations and account creation, the gemeenten and their list import. */
package nl.weerbaar.people.application;
