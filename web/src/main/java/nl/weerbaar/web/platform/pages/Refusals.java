package nl.weerbaar.web.platform.pages;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import java.util.Optional;
import java.util.function.Supplier;
import nl.weerbaar.platform.errors.Conflict;
import nl.weerbaar.platform.errors.NotFound;

/**
 * The one way page actions handle a service's refusal: a conflict with the current state, or
 * something that is gone ({@link Conflict}, {@link NotFound}, also when wrapped in an {@link
 * EJBException}) becomes the page's error message, and the page carries on. Anything else is a bug
 * and goes on to the error page.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Runs the action, showing a refusal instead of failing.
     *
     * @return whether it ran through
     */
    public static boolean attempt(Runnable action) {
        return obtain(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * Runs the action, showing a refusal instead of failing.
     *
     * @return what the action returned; empty when it was refused (or returned null)
     */
    public static <T> Optional<T> obtain(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (Conflict | NotFound | EJBException failure) {
            show(refusalIn(failure));
            return Optional.empty();
        }
    }

    /** Shows why the service refused. */
    public static void show(RuntimeException refusal) {
        String message = refusal instanceof Conflict conflict
                ? Messages.text(conflict.messageKey(), conflict.arguments())
                : Messages.text(((NotFound) refusal).messageKey());
        Messages.add(null, FacesMessage.SEVERITY_ERROR, message);
    }

    private static RuntimeException refusalIn(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Conflict || t instanceof NotFound) {
                return (RuntimeException) t;
            }
        }
        throw failure;
    }
}
