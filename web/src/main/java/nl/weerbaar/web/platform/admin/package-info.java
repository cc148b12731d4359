/** The administrator's system facts: JPA provider, schema version, database and heap. */
package nl.weerbaar.web.platform.admin;
