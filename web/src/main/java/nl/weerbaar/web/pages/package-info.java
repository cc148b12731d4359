/** Backing beans of the pages: view state, one application service each. */
package nl.weerbaar.web.pages;
