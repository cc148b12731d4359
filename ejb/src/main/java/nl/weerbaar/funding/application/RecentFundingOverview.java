package nl.weerbaar.funding.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;

/**
 * A year's spend against budget as it was at most a minute ago, for the warning on NGB's session
 * overview. That page is NGB's most viewed, and working the figures out reads every session and place
 * of the year (about 19,000 rows a view in the 10,000-session benchmark). A change of the budget, a
 * tariff or a funding mark clears it at once; a change in the planning shows within {@link #KEPT}.
 * The funding page itself always works the figures out afresh. The figures are aggregates, the same
 * for everyone who may see them, so one copy serves all.
 */
@ApplicationScoped
public class RecentFundingOverview {

    static final Duration KEPT = Duration.ofMinutes(1);

    private record Kept(FundingOverview overview, long until) {
    }

    private final ConcurrentHashMap<Integer, Kept> kept = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public RecentFundingOverview() {
        this(System::nanoTime);
    }

    RecentFundingOverview(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** The kept figures of the year, or those {@code workOut} gives when there are none or they are too old. */
    public FundingOverview of(int year, IntFunction<FundingOverview> workOut) {
        long now = nanoClock.getAsLong();
        Kept current = kept.get(year);
        if (current != null && now - current.until() < 0) {
            return current.overview();
        }
        FundingOverview fresh = workOut.apply(year);
        kept.put(year, new Kept(fresh, now + KEPT.toNanos()));
        return fresh;
    }

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /**
     * Forgets every year's figures now and again when the changing transaction ends: a view between
     * the change and its commit would otherwise keep the old figures for another minute.
     */
    public void changed() {
        kept.clear();
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    kept.clear();
                }
            });
        }
    }
}
