/**
 * What a login may do with itself and what other contexts may ask of logins: the second factor,
 * access tokens, changing a password, choosing an account at an invitation, and whether a name is an
 * open login or a trainer.
 */
package nl.weerbaar.people.application.account;
