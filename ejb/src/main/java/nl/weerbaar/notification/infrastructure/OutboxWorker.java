package nl.weerbaar.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.weerbaar.notification.domain.OutboxMail;
import nl.weerbaar.notification.domain.RetryPolicy;

/**
 * Sends the outbox: woken after every commit that wrote a mail, and by a timer every few seconds
 * ({@link OutboxSettings#interval()}) for retries and for mails left by a stop or crash. One round at
 * a time; each round sends every recipient's oldest due mail and marks it sent in its own
 * transaction right after the server took it, so a crash in between may send a mail twice but never
 * loses one. Rounds repeat while they send something.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private OutboxLedger ledger;

    @Inject
    private SmtpSender smtp;

    @EJB
    private OutboxMetrics metrics;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastTick = Instant.now();
    private final AtomicBoolean again = new AtomicBoolean();
    private RetryPolicy policy;

    @PostConstruct
    void start() {
        policy = OutboxSettings.retryPolicy();
        long every = OutboxSettings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("outbox worker", false));
        LOG.info(() -> "Outbox worker every " + every + " ms, " + policy + ", " + smtp.describe());
    }

    @Timeout
    void onTimer() {
        lastTick = Instant.now();
        deliverDue();
    }

    /** For the liveness check: when the timer last called, and whether a round is under way now. */
    public Heartbeat heartbeat() {
        return new Heartbeat(lastTick, running.get(), OutboxSettings.interval());
    }

    /** The worker's pulse: its timer's last call, a round in progress, the timer's interval. */
    public record Heartbeat(Instant lastTick, boolean roundRunning, Duration interval) {

        /**
         * Alive while the timer called within ten intervals (at least a minute), or while a round runs:
         * a long one, slowed by SMTP timeouts, holds the timer back without being dead.
         */
        public boolean alive(Instant now) {
            Duration limit = interval.multipliedBy(10);
            limit = limit.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : limit;
            return roundRunning || Duration.between(lastTick, now).compareTo(limit) <= 0;
        }
    }

    /** Every night: sent mails past their retention go (a missed night is caught up the next). */
    @Schedule(hour = "3", minute = "40", persistent = false, info = "outbox retention")
    void purgeSent() {
        int purged = ledger.purgeSent();
        LOG.info(() -> purged + " sent outbox mail(s) past their retention deleted");
    }

    /** Asks for a round soon, without holding up the caller. */
    @Asynchronous
    public void kick() {
        deliverDue();
    }

    private void deliverDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                int sent;
                do {
                    sent = round();
                } while (sent > 0);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Outbox round failed; the next one tries again", e);
            } finally {
                running.set(false);
            }
        }
    }

    /** One round; returns how many mails went out. */
    private int round() {
        List<OutboxMail> due = ledger.sendableNow();
        int sent = 0;
        String firstError = null;
        for (OutboxMail mail : due) {
            try {
                smtp.send(mail);
            } catch (MessagingException | RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                firstError = firstError == null ? error : firstError;
                ledger.markFailed(mail.getId(), error, policy);
                metrics.sendFailed();
                continue;
            }
            ledger.markSent(mail.getId());
            sent++;
        }
        if (firstError != null) {
            String error = firstError;
            int failed = due.size() - sent;
            LOG.warning(() -> failed + " outbox mail(s) could not be sent and will be retried: " + error);
        }
        return sent;
    }
}
