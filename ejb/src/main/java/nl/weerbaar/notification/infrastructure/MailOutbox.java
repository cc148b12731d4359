package nl.weerbaar.notification.infrastructure;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.weerbaar.notification.application.EnrolmentMails;
import nl.weerbaar.notification.application.InvitationMails;
import nl.weerbaar.notification.application.Outbox;
import nl.weerbaar.notification.application.PasswordResetMails;
import nl.weerbaar.people.application.InvitationIssued;
import nl.weerbaar.people.application.ParticipantErased;
import nl.weerbaar.people.application.account.PasswordResetIssued;
import nl.weerbaar.planning.application.EnrolmentChanged;

/**
 * Turns the events that tell a participant something into outbox mails, during the transaction
 * that fires them (plain {@code @Observes}): the mail is written if and only if the change commits,
 * and the events of one transaction become mails in the order they were fired. The
 * {@link OutboxWorker} sends them.
 */
@ApplicationScoped
public class MailOutbox {

    @EJB
    private EnrolmentMails enrolmentMails;

    @EJB
    private InvitationMails invitationMails;

    @EJB
    private PasswordResetMails passwordResetMails;

    @EJB
    private Outbox outbox;

    void on(@Observes EnrolmentChanged change) {
        enrolmentMails.write(change);
    }

    void on(@Observes InvitationIssued invitation) {
        invitationMails.write(invitation);
    }

    void on(@Observes PasswordResetIssued reset) {
        passwordResetMails.write(reset);
    }

    /** Her mails leave the outbox with her, in the erasing transaction. */
    void on(@Observes ParticipantErased erased) {
        outbox.forget(erased.email());
    }
}
