/** The participant form's constraint across fields: the office and where it is held fit together. */
package nl.weerbaar.people.application.validation;
