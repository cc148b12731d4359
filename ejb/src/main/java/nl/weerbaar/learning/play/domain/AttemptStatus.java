package nl.weerbaar.learning.play.domain;

/** Where an attempt is: being played, played to an end, or left when she started the scenario again. */
public enum AttemptStatus { IN_PROGRESS, FINISHED, ABANDONED }
