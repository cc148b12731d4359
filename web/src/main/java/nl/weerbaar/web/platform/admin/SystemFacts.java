package nl.weerbaar.web.platform.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.weerbaar.platform.PlatformFacts;

/** The administrator's view of the running platform. */
@Named
@RequestScoped
public class SystemFacts {

    @Inject
    private PlatformFacts platform;

    private PlatformFacts.Facts facts;

    public PlatformFacts.Facts getFacts() {
        if (facts == null) {
            facts = platform.facts();
        }
        return facts;
    }
}
