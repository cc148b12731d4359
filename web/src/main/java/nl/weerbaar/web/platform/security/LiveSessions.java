package nl.weerbaar.web.platform.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logged-in page sessions of each account, so that a changed password (or a closed account)
 * ends them all at once instead of leaving a live session behind. One server holds them all; on a
 * cluster each node ends its own.
 */
@WebListener
public class LiveSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final String OWNER = LiveSessions.class.getName() + ".owner";
    private static final Map<String, Set<HttpSession>> BY_ACCOUNT = new ConcurrentHashMap<>();

    /** Notes that this session is now the account's (after a complete login). */
    public static void belongsTo(HttpSession session, String username) {
        session.setAttribute(OWNER, username);
        BY_ACCOUNT.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of the account but the one given (null: all). */
    public static int endAllOf(String username, HttpSession keep) {
        Set<HttpSession> sessions = BY_ACCOUNT.getOrDefault(username, Set.of());
        String kept = keep == null ? null : keep.getId();
        int ended = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            // By id: the container may hand out another object for the same session in each request.
            if (!idOf(session).equals(kept)) {
                sessions.remove(session);
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyGone) {
                    // ended meanwhile by itself
                }
            }
        }
        return ended;
    }

    private static String idOf(HttpSession session) {
        try {
            return session.getId();
        } catch (IllegalStateException gone) {
            return "";
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(OWNER) instanceof String username) {
            Set<HttpSession> sessions = BY_ACCOUNT.get(username);
            if (sessions != null) {
                sessions.remove(event.getSession());
            }
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        // The session object stays the same; nothing to re-key.
    }
}
