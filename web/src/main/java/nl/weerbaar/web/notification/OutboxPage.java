package nl.weerbaar.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.weerbaar.notification.application.OutboxAdmin;
import nl.weerbaar.notification.application.OutboxEntry;
import nl.weerbaar.notification.domain.OutboxState;
import nl.weerbaar.web.platform.pages.Messages;

/** The administrator's page of dead mails (given up after too many failures), each with a resend button. */
@Named
@RequestScoped
public class OutboxPage {

    @Inject
    private OutboxAdmin outbox;

    private List<OutboxEntry> dead;
    private List<OutboxEntry> pending;

    public List<OutboxEntry> getDead() {
        if (dead == null) {
            dead = outbox.list(OutboxState.DEAD);
        }
        return dead;
    }

    public List<OutboxEntry> getPending() {
        if (pending == null) {
            pending = outbox.list(OutboxState.PENDING);
        }
        return pending;
    }

    public void resend(long id) {
        OutboxEntry entry = outbox.resend(id);
        dead = null;
        pending = null;
        Messages.add(null, FacesMessage.SEVERITY_INFO, Messages.text("outbox.opnieuw.klaar", entry.recipient()));
    }
}
