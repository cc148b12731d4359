package nl.weerbaar.web.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.web.platform.HandClock;
import org.junit.jupiter.api.Test;

/** The absolute limit: a session older than 12 hours ends at its next request, however busy it was; a younger one goes on. */
class SessionLifetimeTest {

    private final HandClock clock = new HandClock();
    private final SessionLifetime filter = new SessionLifetime(clock);
    private final List<String> calls = new ArrayList<>();

    @Test
    void aSessionOlderThanTwelveHoursIsEndedAndItsUserLoggedOut() throws Exception {
        long began = clock.millis();
        clock.advance(SessionLifetime.ABSOLUTE.plus(Duration.ofSeconds(1)));
        boolean passedOn = request(began);
        assertEquals(List.of("invalidate", "logout"), calls);
        assertTrue(passedOn, "the request itself goes on, now without a login (the page sends it to the login page)");
    }

    @Test
    void aYoungerSessionIsKeptEvenJustBeforeTheLimit() throws Exception {
        long began = clock.millis();
        clock.advance(SessionLifetime.ABSOLUTE.minus(Duration.ofSeconds(1)));
        assertTrue(request(began));
        assertFalse(calls.contains("invalidate"), calls.toString());
        assertFalse(calls.contains("logout"), calls.toString());
    }

    @Test
    void aRequestWithoutASessionIsLeftAlone() throws Exception {
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> name.equals("getSession") ? null : fail(name));
        List<Boolean> chained = new ArrayList<>();
        filter.doFilter(request, proxy(HttpServletResponse.class, (name, args) -> null),
                proxy(FilterChain.class, (name, args) -> chained.add(true)));
        assertEquals(List.of(true), chained);
    }

    /** Runs one request in a session that began at this instant; whether the chain went on. */
    private boolean request(long createdAtMillis) throws Exception {
        HttpSession session = proxy(HttpSession.class, (name, args) -> switch (name) {
            case "getCreationTime" -> createdAtMillis;
            case "invalidate" -> calls.add("invalidate");
            default -> fail(name);
        });
        HttpServletRequest request = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getSession" -> session;
            case "logout" -> calls.add("logout");
            default -> fail(name);
        });
        List<Boolean> chained = new ArrayList<>();
        filter.doFilter(request, proxy(HttpServletResponse.class, (name, args) -> null),
                proxy(FilterChain.class, (name, args) -> chained.add(true)));
        return !chained.isEmpty();
    }

    private static Object fail(String method) {
        throw new AssertionError("not expected: " + method);
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            Object result = answer.answer(method.getName(), args);
            return method.getReturnType() == void.class ? null : result;
        });
    }
}
