package nl.weerbaar.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.notification.application.OutboxAdmin;
import nl.weerbaar.notification.domain.OutboxBacklog;
import nl.weerbaar.platform.PlatformFacts;
import nl.weerbaar.web.platform.security.throttle.LoginThrottle;

/** The administrator's home page: locked login names, mails given up on, and whether the platform is well. */
@Named
@RequestScoped
public class AdminHome {

    @Inject
    private LoginThrottle throttle;

    @Inject
    private OutboxAdmin outbox;

    @Inject
    private PlatformFacts platform;

    private OutboxBacklog backlog;
    private PlatformFacts.Facts facts;

    public List<String> getLockedNames() {
        return throttle.lockedNames();
    }

    public OutboxBacklog getOutbox() {
        if (backlog == null) {
            backlog = outbox.backlog();
        }
        return backlog;
    }

    /** Read from the live persistence unit and migration: that they answer is itself the database's health. */
    public PlatformFacts.Facts getPlatform() {
        if (facts == null) {
            facts = platform.facts();
        }
        return facts;
    }
}
