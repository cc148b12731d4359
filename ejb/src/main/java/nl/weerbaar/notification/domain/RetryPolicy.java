package nl.weerbaar.notification.domain;

import java.time.Duration;

/**
 * When a mail that failed is tried again: the first retry after {@code first}, each next one after
 * twice the previous delay, never more than {@code cap}; after {@code maxAttempts} failures the mail
 * is dead.
 */
public record RetryPolicy(Duration first, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs 0 < first <= cap and maxAttempts >= 1, not "
                    + first + ", " + cap + ", " + maxAttempts);
        }
    }

    /** The delay before the next try, after this many failed attempts (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public boolean givesUpAfter(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
