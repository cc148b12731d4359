package nl.weerbaar.funding.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.weerbaar.funding.domain.Budget;
import nl.weerbaar.funding.domain.BudgetRepository;

/** Budgets in the relational database, through JPA. */
@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Override
    public void store(Budget budget) {
        em.persist(budget);
    }

    @Override
    public Optional<Budget> of(int year) {
        return Optional.ofNullable(em.find(Budget.class, year));
    }
}
