package nl.weerbaar.people.application;

import java.io.Serializable;
import nl.weerbaar.people.domain.Gemeente;

/** A gemeente as pages and the API show it. */
public record GemeenteView(String code, String naam, String veiligheidsregioCode, String veiligheidsregio,
        String provincie) implements Serializable {

    static GemeenteView of(Gemeente g) {
        return new GemeenteView(g.getCode(), g.getNaam(), g.getVeiligheidsregioCode(), g.getVeiligheidsregio(),
                g.getProvincie().naam());
    }
}
