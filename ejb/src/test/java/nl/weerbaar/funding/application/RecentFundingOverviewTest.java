package nl.weerbaar.funding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class RecentFundingOverviewTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger workedOut = new AtomicInteger();
    private final RecentFundingOverview recent = new RecentFundingOverview(nanos::get);
    private final IntFunction<FundingOverview> workOut = year -> new FundingOverview(year, BigDecimal.TEN,
            BigDecimal.valueOf(workedOut.incrementAndGet()), BigDecimal.ZERO);

    @Test
    void theFiguresAreWorkedOutOnceAMinutePerYear() {
        FundingOverview first = recent.of(2027, workOut);
        nanos.addAndGet(RecentFundingOverview.KEPT.toNanos() - 1);
        assertSame(first, recent.of(2027, workOut), "still within the minute");
        assertEquals(1, workedOut.get());
        assertEquals(2028, recent.of(2028, workOut).year(), "another year has figures of its own");
        assertEquals(2, workedOut.get());

        nanos.incrementAndGet();
        FundingOverview later = recent.of(2027, workOut);
        assertEquals(3, workedOut.get(), "a minute old: worked out again");
        assertEquals(BigDecimal.valueOf(3), later.spent());
    }

    @Test
    void aChangeMakesTheNextViewWorkThemOutAgain() {
        recent.of(2027, workOut);
        recent.changed();
        recent.of(2027, workOut);
        assertEquals(2, workedOut.get());
    }
}
