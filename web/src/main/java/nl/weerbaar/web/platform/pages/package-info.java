/** What every page shares: the logged-in user, the language choice, page messages and the support map. */
package nl.weerbaar.web.platform.pages;
