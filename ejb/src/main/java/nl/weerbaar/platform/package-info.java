/** Platform: what every context relies on — schema migration, the time zone, the data directory, the public address, system facts. */
package nl.weerbaar.platform;
