package nl.weerbaar.scenarios;

/** The parts of the programme a score counts towards (brief BZK, "Programma op hoofdlijnen"). */
public enum Theme {
    /** A1 — the process of intimidation and its weak signals. */
    A1,
    /** A2 — risks of one's own behaviour: social media, visibility, solving it alone. */
    A2,
    /** A3 — physical resilience. */
    A3,
    /** B — the supporting network: internal structure, external instances, role identity. */
    B,
    /** C — aftercare: lessons, normalisation, family. */
    C
}
