package nl.weerbaar.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.weerbaar.people.application.InvitationIssued;
import nl.weerbaar.planning.application.EnrolmentChanged;
import nl.weerbaar.notification.application.EnrolmentMails;
import nl.weerbaar.notification.application.InvitationMails;

/**
 * Mails only what really happened, outside the request, and one at a time in the order it
 * happened: the events of a transaction are collected while it runs and handed to one sending
 * thread, in order, once it has committed (CDI's AFTER_SUCCESS observers have no defined order).
 * So a participant's cancellation never overtakes the invitation it cancels.
 */
@ApplicationScoped
public class MailOutbox {

    private static final String PENDING = MailOutbox.class.getName() + ".pending";

    @EJB
    private EnrolmentMails enrolmentMails;

    @EJB
    private InvitationMails invitationMails;

    @Resource
    private ManagedThreadFactory threads;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private ExecutorService outbox;

    @PostConstruct
    void start() {
        outbox = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        outbox.shutdown();
    }

    void on(@Observes EnrolmentChanged change) {
        afterCommit(() -> enrolmentMails.send(change));
    }

    void on(@Observes InvitationIssued invitation) {
        afterCommit(() -> invitationMails.send(invitation));
    }

    @SuppressWarnings("unchecked")
    private void afterCommit(Runnable mail) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            outbox.submit(mail);
            return;
        }
        List<Runnable> pending = (List<Runnable>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Runnable> collected = new ArrayList<>();
            transactions.putResource(PENDING, collected);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        collected.forEach(outbox::submit);
                    }
                }
            });
            pending = collected;
        }
        pending.add(mail);
    }
}
