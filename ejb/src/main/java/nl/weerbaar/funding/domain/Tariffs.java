package nl.weerbaar.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The tariffs in force: which amount applies on a day (the latest-starting valid one; zero when none). */
public record Tariffs(List<Tariff> all) implements java.io.Serializable {

    public BigDecimal on(TariffKind kind, LocalDate day) {
        return all.stream().filter(t -> t.getKind() == kind && t.validOn(day))
                .max(Comparator.comparing(Tariff::getValidFrom)).map(Tariff::getAmount).orElse(BigDecimal.ZERO);
    }

    /** What one held session costs apart from its participants: trainers and location. */
    public BigDecimal sessionOn(LocalDate day) {
        return on(TariffKind.SESSION_TRAINERS, day).add(on(TariffKind.SESSION_LOCATION, day));
    }
}
