package nl.weerbaar.funding.application;

import java.math.BigDecimal;

/**
 * One year's money: the budget, what was spent (places used or cancelled too late, sessions held)
 * and what is planned (sessions not yet held, at full capacity), and whether the plan exceeds the budget.
 */
public record FundingOverview(int year, BigDecimal budget, BigDecimal spent, BigDecimal planned) implements java.io.Serializable {

    public BigDecimal projected() {
        return spent.add(planned);
    }

    public boolean overBudget() {
        return budget != null && projected().compareTo(budget) > 0;
    }

    public BigDecimal remaining() {
        return budget == null ? null : budget.subtract(projected());
    }
}
