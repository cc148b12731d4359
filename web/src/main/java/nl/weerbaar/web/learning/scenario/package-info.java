/** Pages and API for trainers' scenarios: the library, the editor with its preview, import and export. */
package nl.weerbaar.web.learning.scenario;
