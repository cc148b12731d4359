package nl.weerbaar.people.domain;

import java.util.Arrays;
import java.util.Optional;

/** The twelve Dutch provinces, with their official names as shown to users and used in the API. */
public enum Provincie {
    DRENTHE("Drenthe"),
    FLEVOLAND("Flevoland"),
    FRYSLAN("Fryslân"),
    GELDERLAND("Gelderland"),
    GRONINGEN("Groningen"),
    LIMBURG("Limburg"),
    NOORD_BRABANT("Noord-Brabant"),
    NOORD_HOLLAND("Noord-Holland"),
    OVERIJSSEL("Overijssel"),
    UTRECHT("Utrecht"),
    ZEELAND("Zeeland"),
    ZUID_HOLLAND("Zuid-Holland");

    private final String naam;

    Provincie(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }

    /** The official names, in the order of the enum, for pick lists. */
    public static java.util.List<String> namen() {
        return Arrays.stream(values()).map(Provincie::naam).toList();
    }

    /** The province with this official name, compared exactly (names are data, not free text). */
    public static Optional<Provincie> metNaam(String naam) {
        return Arrays.stream(values()).filter(p -> p.naam.equals(naam)).findFirst();
    }
}
