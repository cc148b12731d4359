/** Validation shared by the contexts: the one exception that reports bad user input per field. */
package nl.weerbaar.platform.validation;
