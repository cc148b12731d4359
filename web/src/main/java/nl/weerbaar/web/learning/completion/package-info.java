/** A participant's completion, certificate and learning records (API), and the public certificate check (page and API). */
package nl.weerbaar.web.learning.completion;
