/** How Weerbaar uses Apache POI safely: the zip-bomb limits for uploaded .xlsx files and a private temp directory for the streamed workbooks. */
package nl.weerbaar.platform.poi;
