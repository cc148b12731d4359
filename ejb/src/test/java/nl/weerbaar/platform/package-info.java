/** Unit tests of the platform: landed Flyway migrations are never changed. */
package nl.weerbaar.platform;
