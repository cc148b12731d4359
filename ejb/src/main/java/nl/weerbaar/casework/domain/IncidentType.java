package nl.weerbaar.casework.domain;

/** What kind of intimidation a case is about (the forms the seeds name). */
public enum IncidentType {
    BRIEF,
    SOCIALE_MEDIA,
    BIJ_DE_WONING,
    DEMONSTRATIE,
    FYSIEK_GEWELD,
    BEDREIGING_GEZIN,
    ONLINE_DOXING,
    ANDERS
}
