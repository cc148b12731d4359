/** The scenario version entity: a draft, or a published and immutable version that attempts are pinned to. */
package nl.weerbaar.learning.scenario.domain;
