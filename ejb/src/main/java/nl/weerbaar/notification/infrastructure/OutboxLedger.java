package nl.weerbaar.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.notification.domain.DeliveryOrder;
import nl.weerbaar.notification.domain.OutboxBacklog;
import nl.weerbaar.notification.domain.OutboxMail;
import nl.weerbaar.notification.domain.OutboxMailRepository;
import nl.weerbaar.notification.domain.RetryPolicy;
import nl.weerbaar.platform.Amsterdam;

/**
 * The worker's bookkeeping, each step in its own short transaction, so no transaction stays open
 * while the mail server is talked to, and a mail marked sent stays sent whatever happens next.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxLedger {

    /** How many unsent mails one round looks at. */
    static final int WINDOW = 500;
    private static final Logger LOG = Logger.getLogger(OutboxLedger.class.getName());

    @Inject
    private OutboxMailRepository mails;

    @EJB
    private AuditLog audit;

    /** The mails to send now, by {@link DeliveryOrder}: detached once this returns. */
    public List<OutboxMail> sendableNow() {
        return DeliveryOrder.sendable(mails.unsentOldestFirst(WINDOW), Amsterdam.now());
    }

    /** What waits and what is dead, for the readiness check and the gauges. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OutboxBacklog backlog() {
        return mails.backlog();
    }

    public void markSent(long id) {
        mails.find(id).ifPresent(mail -> mail.sent(Amsterdam.now()));
    }

    /** Forgets mails sent longer ago than the retention: they hold names and addresses. */
    public int purgeSent() {
        return mails.deleteSentBefore(Amsterdam.now().minus(OutboxSettings.retention()));
    }

    /** Counts the failure; a mail that dies is audited, so an administrator can see and resend it. */
    public void markFailed(long id, String error, RetryPolicy policy) {
        mails.find(id).ifPresent(mail -> {
            mail.failed(error, Amsterdam.now(), policy);
            if (mail.isDead()) {
                LOG.warning(() -> "Outbox mail " + id + " is dead after " + mail.getAttempts() + " attempts: " + error);
                audit.record("OUTBOX_MAIL_DEAD", "OutboxMail", id);
            }
        });
    }
}
