package nl.weerbaar.people.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The political office a participant holds. Municipal offices are tied to a gemeente, the others
 * to a province.
 */
public enum Ambt {
    BURGEMEESTER("burgemeester", true),
    WETHOUDER("wethouder", true),
    RAADSLID("raadslid", true),
    STATENLID("Statenlid", false),
    GEDEPUTEERDE("gedeputeerde", false),
    COMMISSARIS_VAN_DE_KONING("Commissaris van de Koning", false),
    WATERSCHAPSBESTUURDER("waterschapsbestuurder", false);

    private final String naam;
    private final boolean gemeentelijk;

    Ambt(String naam, boolean gemeentelijk) {
        this.naam = naam;
        this.gemeentelijk = gemeentelijk;
    }

    public String naam() {
        return naam;
    }

    /** True for offices held in a gemeente; false for provincial offices and water boards. */
    public boolean gemeentelijk() {
        return gemeentelijk;
    }

    /** The office with this name, as written in the register ("burgemeester", "Statenlid" …). */
    public static Optional<Ambt> metNaam(String naam) {
        return Arrays.stream(values()).filter(a -> a.naam.equals(naam)).findFirst();
    }
}
