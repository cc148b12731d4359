package nl.weerbaar.web.planning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;

/** The sessions the logged-in trainer gives. */
@Named
@RequestScoped
public class TrainerSessions {

    @Inject
    private TrainingSessionService sessions;

    private List<SessionView> mine;

    public List<SessionView> getMine() {
        if (mine == null) {
            mine = sessions.mine();
        }
        return mine;
    }
}
