package nl.weerbaar.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;
import nl.weerbaar.it.support.Totp;

/**
 * Benchmark (profile bench): NGB's session overview with 10,000 sessions and 100,000 enrolments (or the sizes
 * of -Dbench.sessions, for the growth series) in
 * PostgreSQL, 16 concurrent logged-in users, next to a static file served by the same server to the
 * same users in the same run. Prints p50/p95; asserts only that every answer was 200.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionOverviewBench {

    private static final int USERS = 16;
    private static final int REQUESTS_PER_USER = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Connection database() throws java.sql.SQLException {
        String url = System.getenv().getOrDefault("WEERBAAR_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        return DriverManager.getConnection(url, System.getenv().getOrDefault("WEERBAAR_DB_USER", "postgres"),
                System.getenv().getOrDefault("WEERBAAR_DB_PASSWORD", "postgres"));
    }

    /**
     * What the database did for the server so far, from PostgreSQL's own statistics: transactions,
     * table scans (sequential and by index) and rows read. Differences over a number of requests say
     * what one request costs the database, independent of the server's view of it.
     */
    private record DatabaseWork(long transactions, long seqScans, long indexScans, long rowsRead) {
        static DatabaseWork now() throws Exception {
            Thread.sleep(1500); // backends report their statistics at most once a second, when idle
            try (Connection c = database(); Statement s = c.createStatement()) {
                s.execute("select pg_stat_clear_snapshot()");
                java.sql.ResultSet db = s.executeQuery("select xact_commit + xact_rollback from pg_stat_database"
                        + " where datname = current_database()");
                db.next();
                long transactions = db.getLong(1);
                java.sql.ResultSet tables = s.executeQuery("select coalesce(sum(seq_scan), 0), coalesce(sum(idx_scan), 0),"
                        + " coalesce(sum(seq_tup_read + idx_tup_fetch), 0) from pg_stat_user_tables");
                tables.next();
                return new DatabaseWork(transactions, tables.getLong(1), tables.getLong(2), tables.getLong(3));
            }
        }

        String perRequest(DatabaseWork before, int requests) {
            return String.format("database per page request: %.1f transactions, %.1f sequential scans, %.1f index scans,"
                    + " %.0f rows read", (transactions - before.transactions) / (double) requests,
                    (seqScans - before.seqScans) / (double) requests, (indexScans - before.indexScans) / (double) requests,
                    (rowsRead - before.rowsRead) / (double) requests);
        }
    }

    /** Sessions (ten enrolments each) to measure at, ascending: -Dbench.sessions=1000,10000,100000 gives the growth series. */
    private static final List<Integer> SIZES = java.util.Arrays.stream(System.getProperty("bench.sessions", "10000").split(","))
            .map(String::trim).map(Integer::valueOf).sorted().toList();

    /** Adds sessions {@code from + 1 .. to}, ten booked enrolments each, spread over 700 days from 2027. */
    private static void addSessions(int from, int to) throws Exception {
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute("insert into training_session (id, title, starts_at, ends_at, location, province, capacity, status,"
                    + " created_at, version, min_participants) select 1000000 + g, 'Belasting ' || g,"
                    + " timestamp '2027-01-04 09:00' + (g % 700) * interval '1 day', timestamp '2027-01-04 16:00' + (g % 700) * interval '1 day',"
                    + " 'Utrecht', 'Utrecht', 10, 'OPEN', now(), 1, 4 from generate_series(" + (from + 1) + ", " + to + ") g");
            s.execute("insert into enrolment (id, session_id, participant_id, status, enrolled_at, changed_at, ical_sequence, version)"
                    + " select 1000000 + g, 1000000 + (g - 1) / 10 + 1, 1000000 + (g - 1) % 12500 + 1, 'BOOKED', now(), now(), 0, 1"
                    + " from generate_series(" + (10L * from + 1) + ", " + 10L * to + ") g");
            s.execute("analyze");
        }
    }

    private static void seed() throws Exception {
        try (Connection c = database(); Statement s = c.createStatement()) {
            s.execute("insert into participant (id, naam, email, ambt, gemeente_code, provincie, in_functie_sinds, created_at, version)"
                    + " select 1000000 + g, 'Belasting ' || g, 'belasting' || g || '@example.nl', 'WETHOUDER', 'GM0344', 'Utrecht',"
                    + " date '2022-01-01', now(), 1 from generate_series(1, 12500) g");
            // Sixteen NGB accounts like the demo one (same password hash and sealed TOTP secret): a code
            // is accepted once per account, so sixteen logins of one account would take sixteen 30 s steps.
            s.execute("insert into account (username, password_hash, active, created_at) select 'bench-ngb-' || g,"
                    + " password_hash, true, now() from account, generate_series(1, " + USERS + ") g where username = 'ngb'");
            s.execute("insert into account_role (username, role) select 'bench-ngb-' || g, 'ngb' from generate_series(1, "
                    + USERS + ") g");
            s.execute("insert into second_factor (username, secret_sealed, confirmed_at, last_step) select 'bench-ngb-' || g,"
                    + " secret_sealed, confirmed_at, 0 from second_factor, generate_series(1, " + USERS + ") g where username = 'ngb'");
            s.execute("analyze");
        }
    }

    private static List<Long> load(List<Http> users, String path) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Http user : users) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_USER; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> page = user.get(path);
                        latencies.add(System.nanoTime() - t0);
                        assertEquals(200, page.statusCode(), path);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    @Test
    void theSessionOverviewUnderSixteenUsersAgainstAStaticFile() throws Exception {
        seed();
        List<Http> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            Http user = Http.pages();
            assertEquals(302, user.login("bench-ngb-" + (i + 1), Deployments.PASSWORD, Totp.DEMO_SECRET).statusCode());
            users.add(user);
        }
        int seeded = 0;
        List<String> growth = new ArrayList<>();
        for (int size : SIZES) {
            addSessions(seeded, size);
            seeded = size;
            load(users, "planning/sessies.xhtml"); // warm-up
            DatabaseWork before = DatabaseWork.now();
            List<Long> page = load(users, "planning/sessies.xhtml");
            DatabaseWork after = DatabaseWork.now();
            List<Long> file = load(users, "resources/css/weerbaar.css");
            HttpResponse<String> one = users.get(0).get("planning/sessies.xhtml");
            java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                    .matcher(one.body());
            int components = one.body().split(" id=\"", -1).length - 1;
            System.out.println();
            System.out.printf("== Session overview, %,d sessions / %,d enrolments, %d users x %d requests%n", size, 10L * size, USERS,
                    REQUESTS_PER_USER);
            System.out.printf("planning page:  p50 %7.1f ms  p95 %7.1f ms%n", percentile(page, 0.5), percentile(page, 0.95));
            System.out.printf("static file:    p50 %7.1f ms  p95 %7.1f ms%n", percentile(file, 0.5), percentile(file, 0.95));
            System.out.println(after.perRequest(before, page.size()));
            System.out.printf("page html: %d bytes, %d elements with an id, view state field %d chars%n", one.body().length(),
                    components, state.find() ? state.group(1).length() : 0);
            System.out.printf("p95 ratio page/static: %.1fx  (goal <= 5x)%n", percentile(page, 0.95) / percentile(file, 0.95));
            growth.add(String.format("growth: %,7d sessions  page p95 %7.1f ms  static p95 %6.1f ms  ratio %5.1fx", size,
                    percentile(page, 0.95), percentile(file, 0.95), percentile(page, 0.95) / percentile(file, 0.95)));
        }
        if (SIZES.size() > 1) {
            growth.forEach(System.out::println);
        }
    }
}
