package nl.weerbaar.planning.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.platform.Amsterdam;

/**
 * The reminder to booked participants, {@link #days()} days before their session (system property
 * {@value #PROPERTY} or environment variable {@value #ENVIRONMENT}, default 7). Every morning at
 * seven, on a persistent timer, so a run missed while the server was down happens at the next start.
 * Each run reminds every enrolment whose reminder is due and not yet sent (a session starting from
 * now until the end of the day {@link #days()} ahead), and marks it sent in the transaction that
 * writes its outbox mail: a missed run catches up, a repeated one sends nothing twice.
 */
@Stateless
public class Reminders {

    public static final String PROPERTY = "weerbaar.reminder.days";
    public static final String ENVIRONMENT = "WEERBAAR_REMINDER_DAYS";
    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

    @Inject
    private EnrolmentRepository enrolments;

    @Inject
    private Event<EnrolmentChanged> changes;

    @Schedule(hour = "7", minute = "0", persistent = true, info = "session reminders")
    @PermitAll
    void everyMorning() {
        send();
    }

    /** Sends the reminders that are due now; for the administrator who does not want to wait. */
    @RolesAllowed(Roles.ADMIN)
    public int sendDueNow() {
        return send();
    }

    private int send() {
        LocalDateTime now = Amsterdam.now();
        LocalDate day = now.toLocalDate().plusDays(days());
        List<Enrolment> due = enrolments.dueForReminder(now, day.plusDays(1).atStartOfDay());
        for (Enrolment enrolment : due) {
            enrolment.markReminded(now);
            changes.fire(new EnrolmentChanged(enrolment.getId(), EnrolmentChanged.Kind.REMINDER));
        }
        LOG.info(() -> due.size() + " reminder(s) for sessions until " + day);
        return due.size();
    }

    static int days() {
        String configured = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        try {
            return configured == null || configured.isBlank() ? 7 : Math.max(0, Integer.parseInt(configured.strip()));
        } catch (NumberFormatException e) {
            LOG.warning(() -> "Ignoring " + PROPERTY + "=" + configured + "; using 7 days");
            return 7;
        }
    }
}
