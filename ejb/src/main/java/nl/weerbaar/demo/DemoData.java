package nl.weerbaar.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import nl.weerbaar.people.application.account.ApiTokens;
import nl.weerbaar.people.application.account.SecondFactors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.logging.Logger;
import nl.weerbaar.people.domain.account.Account;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.people.domain.Gemeente;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.people.infrastructure.Pbkdf2Hasher;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;
import nl.weerbaar.platform.Amsterdam;

/**
 * Loads the demo accounts (one per role, password {@value #DEMO_PASSWORD}) and a handful of
 * sessions — only when the server runs with {@code -Dweerbaar.demo=true}, which the run profile and
 * the tests set and a production configuration never does. Loads once: a database that already
 * has the accounts is left as it is.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    public static final String SWITCH = nl.weerbaar.platform.Transport.DEMO_SWITCH;
    public static final String DEMO_PASSWORD = "demo-weerbaar";
    public static final String DEMO_TOTP_SECRET = "WEERBAARDEMO2FA7";
    public static final String DEMO_TOKEN_PREFIX = "demo-weerbaar-";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Inject
    private TrainingSessionRepository sessions;

    @Inject
    private SecondFactors secondFactors;

    @Inject
    private ApiTokens apiTokens;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        // Said on every start: these accounts have passwords printed in the README.
        LOG.warning("DEMO SERVER: started with -D" + SWITCH + "=true; its accounts have published passwords."
                + " Never use it for real participants' data.");
        if (em.find(Account.class, "ngb") != null) {
            LOG.info("Demo data already present");
            publishedStaffLogins();
            return;
        }
        long others = em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
        if (others > 0) {
            LOG.severe("Demo data NOT loaded: this database already holds " + others + " account(s) that are not the"
                    + " demo's, and demo accounts with published passwords must never sit beside real ones.");
            return;
        }
        account("ngb", Roles.NGB);
        account("deelnemer", Roles.PARTICIPANT);
        account("trainer", Roles.TRAINER);
        account("bzk", Roles.BZK);
        account("admin", Roles.ADMIN);
        // Participants and trainers refer to accounts by plain columns, which EclipseLink cannot order by.
        em.flush();
        participant("Marieke de Burgemeester", "burgemeester@demo.weerbaar.nl", Ambt.BURGEMEESTER, "GM0796", "deelnemer");
        participant("Jan Wethouder", "wethouder@demo.weerbaar.nl", Ambt.WETHOUDER, "GM0935", null);
        participant("Fatima Raadslid", "raadslid@demo.weerbaar.nl", Ambt.RAADSLID, "GM0363", null);
        LocalDate monday = Amsterdam.now().toLocalDate().plusWeeks(3).with(java.time.DayOfWeek.MONDAY);
        session("Omgaan met intimidatie en bedreiging — Noord-Brabant", monday, 0, "Den Bosch", Provincie.NOORD_BRABANT);
        session("Omgaan met intimidatie en bedreiging — Limburg", monday, 2, "Roermond", Provincie.LIMBURG);
        session("Omgaan met intimidatie en bedreiging — Zuid-Holland", monday, 7, "Den Haag", Provincie.ZUID_HOLLAND);
        session("Omgaan met intimidatie en bedreiging — Gelderland", monday, 14, "Arnhem", Provincie.GELDERLAND);
        session("Omgaan met intimidatie en bedreiging — Groningen", monday, 21, "Groningen", Provincie.GRONINGEN);
        publishedStaffLogins();
        LOG.info("Demo data loaded: five accounts, three participants and five sessions");
    }

    /**
     * The demo staff's second factor (secret {@value #DEMO_TOTP_SECRET}) and API tokens
     * ({@code demo-weerbaar-<username>}), as the README publishes them, kept valid at every start.
     */
    private void publishedStaffLogins() {
        em.flush();
        for (String staff : List.of("ngb", "trainer", "bzk", "admin")) {
            if (em.find(Account.class, staff) == null) {
                continue;
            }
            if (!secondFactors.isEnrolled(staff)) {
                secondFactors.enrolWithKnownSecret(staff, DEMO_TOTP_SECRET);
            }
            apiTokens.storeKnown(staff, DEMO_TOKEN_PREFIX + staff, "demo");
        }
    }

    private void participant(String naam, String email, Ambt ambt, String gemeenteCode, String account) {
        Participant participant = new Participant(naam, email, null, ambt, em.find(Gemeente.class, gemeenteCode), null,
                LocalDate.of(2022, 9, 1), Amsterdam.now());
        if (account != null) {
            participant.linkAccount(account);
        }
        em.persist(participant);
    }

    private void account(String username, String role) {
        em.persist(new Account(username, Pbkdf2Hasher.hash(DEMO_PASSWORD.toCharArray()), Set.of(role), Amsterdam.now()));
    }

    private void session(String title, LocalDate week, int dayOffset, String location, Provincie provincie) {
        LocalDate day = week.plusDays(dayOffset);
        TrainingSession session = new TrainingSession(title, LocalDateTime.of(day, LocalTime.of(9, 30)),
                LocalDateTime.of(day, LocalTime.of(16, 30)), location, provincie, TrainingSession.DEFAULT_CAPACITY,
                SessionStatus.OPEN, Amsterdam.now());
        session.plan(TrainingSession.DEFAULT_MIN_PARTICIPANTS, null, null, null, Set.of("trainer"));
        sessions.store(session);
    }
}
