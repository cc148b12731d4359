package nl.weerbaar.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.weerbaar.notification.application.OutboxAdmin;
import nl.weerbaar.planning.application.SessionView;
import nl.weerbaar.planning.application.TrainingSessionService;
import nl.weerbaar.planning.domain.SessionQuery;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.platform.Amsterdam;

/** NGB's home page: the sessions that need a decision soon, and whether mails failed. */
@Named
@RequestScoped
public class NgbHome {

    @Inject
    private TrainingSessionService sessions;

    @Inject
    private OutboxAdmin outbox;

    private final LocalDateTime now = Amsterdam.now();
    private List<SessionView> coming;
    private Long deadMails;

    public List<SessionView> getUnderMinimum() {
        return SessionAttention.underMinimumNearDeadline(coming(), now);
    }

    public List<SessionView> getFullWithWaitlist() {
        return SessionAttention.fullWithWaitlist(coming(), now);
    }

    public List<SessionAttention.Deadline> getDeadlines() {
        return SessionAttention.deadlinesThisWeek(coming(), now);
    }

    public long getDeadMails() {
        if (deadMails == null) {
            deadMails = outbox.backlog().dead();
        }
        return deadMails;
    }

    /** The sessions that have not begun, all pages of them (planning is a few hundred a year). */
    private List<SessionView> coming() {
        if (coming == null) {
            coming = new ArrayList<>();
            SessionQuery query = SessionQuery.inStatuses(EnumSet.of(SessionStatus.OPEN, SessionStatus.FULL,
                    SessionStatus.CONFIRMED)).between(now.toLocalDate(), null);
            List<SessionView> page;
            do {
                page = sessions.list(query.page(coming.size(), SessionQuery.MAX_LIMIT)).sessions();
                coming.addAll(page);
            } while (page.size() == SessionQuery.MAX_LIMIT);
        }
        return coming;
    }
}
