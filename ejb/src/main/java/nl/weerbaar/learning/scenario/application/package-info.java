/** Scenario services: the library (shipped versions published at start, parsed versions cached) and authoring (validate, save a draft, publish), with the choice distribution. */
package nl.weerbaar.learning.scenario.application;
