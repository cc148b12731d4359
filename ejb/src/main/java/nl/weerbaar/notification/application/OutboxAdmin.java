package nl.weerbaar.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.notification.domain.OutboxMail;
import nl.weerbaar.notification.domain.OutboxMailRepository;
import nl.weerbaar.notification.domain.OutboxState;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.security.Roles;

/** For the administrator: which mails wait, which are dead, and sending a dead one again. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OutboxAdmin {

    private static final int LIST_LIMIT = 500;

    @Inject
    private OutboxMailRepository mails;

    @Inject
    private Outbox outbox;

    @EJB
    private AuditLog audit;

    /**
     * How many mails wait and how many are dead, for the home pages: NGB sees that enrolment mails
     * failed (the administrator resends them), never to whom.
     */
    @RolesAllowed({Roles.NGB, Roles.ADMIN})
    public nl.weerbaar.notification.domain.OutboxBacklog backlog() {
        return mails.backlog();
    }

    public List<OutboxEntry> list(OutboxState state) {
        return mails.inState(state, LIST_LIMIT).stream().map(OutboxEntry::of).toList();
    }

    /** Makes a dead (or waiting) mail due now with a fresh count of attempts; a sent one is a conflict. */
    public OutboxEntry resend(long id) {
        OutboxMail mail = mails.find(id).orElseThrow(() -> new NotFound("outbox.niet.gevonden"));
        if (mail.isSent()) {
            throw new Conflict("outbox.al.verzonden", id);
        }
        mail.resend(Amsterdam.now());
        audit.record("OUTBOX_MAIL_RESENT", "OutboxMail", id);
        outbox.kickAfterCommit();
        return OutboxEntry.of(mail);
    }
}
