package nl.weerbaar.funding.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.weerbaar.funding.domain.TariffKind;

/** A new tariff as NGB enters it. */
public class TariffForm {

    @NotNull(message = "{tarief.soort.verplicht}")
    private TariffKind kind;

    @NotNull(message = "{tarief.bedrag.verplicht}")
    @DecimalMin(value = "0.00", message = "{tarief.bedrag.negatief}")
    @Digits(integer = 8, fraction = 2, message = "{tarief.bedrag.vorm}")
    private BigDecimal amount;

    @NotNull(message = "{tarief.vanaf.verplicht}")
    private LocalDate validFrom;

    private LocalDate validUntil;

    public TariffKind getKind() {
        return kind;
    }

    public void setKind(TariffKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
