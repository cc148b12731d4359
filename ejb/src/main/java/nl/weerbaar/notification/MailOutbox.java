package nl.weerbaar.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.weerbaar.people.application.InvitationIssued;
import nl.weerbaar.planning.application.EnrolmentChanged;

/**
 * Mails only what really happened (after the transaction committed), outside the request, and one
 * at a time in commit order: a participant's cancellation invite must never overtake the
 * invitation it cancels.
 */
@ApplicationScoped
public class MailOutbox {

    @EJB
    private EnrolmentMails enrolmentMails;

    @EJB
    private InvitationMails invitationMails;

    @Resource
    private ManagedThreadFactory threads;

    private ExecutorService outbox;

    @PostConstruct
    void start() {
        outbox = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        outbox.shutdown();
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) EnrolmentChanged change) {
        outbox.submit(() -> enrolmentMails.send(change));
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationIssued invitation) {
        outbox.submit(() -> invitationMails.send(invitation));
    }
}
