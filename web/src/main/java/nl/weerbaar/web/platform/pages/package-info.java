/** What every page shares: the logged-in user, the language choice (and every view starting in it), page messages and the support map. */
package nl.weerbaar.web.platform.pages;
