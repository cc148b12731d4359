/**
 * Learning's scenario services: the library of published versions participants play, and trainers'
 * authoring, publishing and choice figures.
 */
package nl.weerbaar.learning.scenario.application;
