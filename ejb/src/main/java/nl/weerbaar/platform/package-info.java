/** Platform: what every context relies on — schema migration, the time zone, demo data, system facts. */
package nl.weerbaar.platform;
