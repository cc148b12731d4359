/** Languages: Dutch by default, English complete; texts and validation messages per user locale. */
package nl.weerbaar.web.platform.i18n;
