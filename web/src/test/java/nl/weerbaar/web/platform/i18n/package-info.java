/** Unit tests that Dutch and English have the same texts and every text a page asks for exists. */
package nl.weerbaar.web.platform.i18n;
