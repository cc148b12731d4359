/** Validation shared by the contexts: the exception that reports bad user input per field, and its messages in the user's language. */
package nl.weerbaar.platform.validation;
