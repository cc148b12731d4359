/**
 * Logins: the account with its roles and password hash (and the password rules), its TOTP second
 * factor with recovery codes, and its personal access tokens for the API.
 */
package nl.weerbaar.people.domain.account;
