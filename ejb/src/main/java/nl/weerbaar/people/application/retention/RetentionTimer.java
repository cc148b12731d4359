package nl.weerbaar.people.application.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Runs retention every night at {@code -Dweerbaar.retention.at} (HH:mm, default 03:50, after the
 * report and outbox clean-ups) on a persistent timer, so a night missed while the server was down is
 * run at the next start. The timer is made anew at every start with the configured time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    static final String AT = "weerbaar.retention.at";
    private static final String INFO = "retention";
    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Resource
    private TimerService timers;

    @EJB
    private Retention retention;

    @PostConstruct
    void start() {
        LocalTime at = LocalTime.parse(System.getProperty(AT, "03:50"));
        RetentionPolicy policy = RetentionPolicy.configured();
        for (Timer timer : timers.getTimers()) {
            if (INFO.equals(timer.getInfo())) {
                timer.cancel();
            }
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone("Europe/Amsterdam"), new TimerConfig(INFO, true));
        LOG.info(() -> "Retention nightly at " + at + ": " + policy);
    }

    @Timeout
    void onTimer() {
        retention.nightly();
    }
}
