package nl.weerbaar.notification.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.weerbaar.notification.domain.OutboxMail;
import nl.weerbaar.notification.domain.OutboxMailRepository;
import nl.weerbaar.notification.infrastructure.OutboxWorker;
import nl.weerbaar.platform.Amsterdam;

/**
 * Puts a mail in the outbox, in the caller's transaction: it is sent if and only if that
 * transaction commits, and after the commit the worker is woken so it leaves within moments.
 */
@Stateless
public class Outbox {

    private static final String KICK = Outbox.class.getName() + ".kick";

    @Inject
    private OutboxMailRepository mails;

    @EJB
    private OutboxWorker worker;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The mail as it will be sent; {@code calendar} is the iCalendar text or null. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void write(String recipient, String subject, String body, String calendar) {
        mails.store(new OutboxMail(recipient, subject, body, calendar, Amsterdam.now()));
        kickAfterCommit();
    }

    /**
     * Erasure: every mail to the address goes, unsent ones (cancelled: they are never sent) and sent
     * ones (they hold her name and what was told her) alike.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int forget(String recipient) {
        return mails.deleteAllTo(recipient);
    }

    /** Wakes the worker once this transaction has committed (once per transaction). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void kickAfterCommit() {
        if (transactions.getResource(KICK) != null) {
            return;
        }
        transactions.putResource(KICK, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the rows are written with the transaction; nothing else to do before it
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    worker.kick();
                }
            }
        });
    }
}
