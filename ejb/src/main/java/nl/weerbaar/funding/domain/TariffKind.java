package nl.weerbaar.funding.domain;

/** What a tariff prices: a participant's place, or per session the trainers and the location. */
public enum TariffKind { PARTICIPANT, SESSION_TRAINERS, SESSION_LOCATION }
