package nl.weerbaar.funding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** What BZK makes available for the training in one year. */
@Entity
@Table(name = "budget")
public class Budget {

    @Id
    @Column(name = "budget_year")
    private Integer year;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected Budget() {
        // for JPA
    }

    public Budget(int year, BigDecimal amount) {
        this.year = year;
        this.amount = amount;
    }

    public void change(BigDecimal newAmount) {
        this.amount = newAmount;
    }

    public Integer getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
