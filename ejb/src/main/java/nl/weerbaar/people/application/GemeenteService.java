package nl.weerbaar.people.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.weerbaar.people.domain.GemeenteRepository;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;

/** The gemeenten reference data, for choosing a participant's gemeente and for figures per province. */
@Stateless
public class GemeenteService {

    @Inject
    private GemeenteRepository gemeenten;

    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT, Roles.TRAINER, Roles.BZK, Roles.ADMIN})
    public List<GemeenteView> active(Provincie provincie) {
        return gemeenten.active(provincie).stream().map(GemeenteView::of).toList();
    }
}
