package nl.weerbaar.funding.domain;

import java.util.Optional;

/** Stores and finds the budget of a year. */
public interface BudgetRepository {

    void store(Budget budget);

    Optional<Budget> of(int year);
}
