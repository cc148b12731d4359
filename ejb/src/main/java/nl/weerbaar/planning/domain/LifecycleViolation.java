package nl.weerbaar.planning.domain;

/** A status change the session lifecycle does not allow, such as CLOSED back to OPEN. */
public class LifecycleViolation extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final SessionStatus from;
    private final SessionStatus to;

    public LifecycleViolation(SessionStatus from, SessionStatus to) {
        super("a session cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public SessionStatus from() {
        return from;
    }

    public SessionStatus to() {
        return to;
    }
}
