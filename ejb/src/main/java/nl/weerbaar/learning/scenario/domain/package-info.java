/**
 * Learning's scenarios: the versions of scenario files (drafts and immutable published versions) and
 * their repository.
 */
package nl.weerbaar.learning.scenario.domain;
