package nl.weerbaar.web.platform.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.scenarios.SupportMap;

/** The support map (sociale kaart) on the help page and the home page. */
@Named
@ApplicationScoped
public class SupportPage {

    private final List<SupportMap.Instance> instances = SupportMap.instances();

    public List<SupportMap.Instance> getInstances() {
        return instances;
    }
}
