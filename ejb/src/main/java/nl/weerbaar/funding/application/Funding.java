package nl.weerbaar.funding.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.funding.domain.Budget;
import nl.weerbaar.funding.domain.BudgetRepository;
import nl.weerbaar.funding.domain.CostRules;
import nl.weerbaar.funding.domain.Tariff;
import nl.weerbaar.funding.domain.TariffKind;
import nl.weerbaar.funding.domain.TariffRepository;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.planning.application.query.EnrolmentFacts;
import nl.weerbaar.planning.application.FundingMarks;
import nl.weerbaar.planning.domain.PlanningFacts;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.validation.InvalidInputException;

/** BZK's budget per year, the tariffs, who BZK funds, and spend against budget (NGB; BZK reads the overview). */
@Stateless
@RolesAllowed(Roles.NGB)
public class Funding {

    private static final Set<SessionStatus> HELD = Set.of(SessionStatus.HELD, SessionStatus.CLOSED);
    private static final Set<SessionStatus> PLANNED = Set.of(SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.CONFIRMED);

    @Inject
    private BudgetRepository budgets;

    @Inject
    private TariffRepository tariffs;

    @EJB
    private EnrolmentFacts planning;

    @EJB
    private FundingMarks fundingMarks;

    @Resource
    private SessionContext caller;

    @Inject
    private Validator validator;

    @Inject
    private AuditLog audit;

    @Inject
    private RecentFundingOverview recent;

    public void setBudget(int year, BigDecimal amount) {
        requireBudgetYear(year);
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw InvalidInputException.of("amount", "budget.bedrag.ongeldig");
        }
        budgets.of(year).ifPresentOrElse(budget -> budget.change(amount),
                () -> budgets.store(new Budget(year, amount)));
        recent.changed();
        audit.record("BUDGET_SET", "budget", year);
    }

    /** A budget year is one of the programme's (2020–2100); any other is the caller's mistake, answered 400. */
    private static void requireBudgetYear(int year) {
        if (year < 2020 || year > 2100) {
            throw InvalidInputException.of("year", "budget.jaar.ongeldig");
        }
    }

    /** The year's budget (null when not set); also read by the report jobs, which run without a caller. */
    @jakarta.annotation.security.PermitAll
    public BigDecimal budget(int year) {
        return budgets.of(year).map(Budget::getAmount).orElse(null);
    }

    @RolesAllowed({Roles.NGB, Roles.BZK})
    public List<Tariff> tariffs() {
        return tariffs.all();
    }

    /** The tariffs, for reports that run outside a caller's role (the batch jobs). */
    @jakarta.annotation.security.PermitAll
    public Tariffs tariffTable() {
        return new Tariffs(tariffs.all());
    }

    public Tariff addTariff(TariffForm form) {
        Set<ConstraintViolation<TariffForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (form.getValidUntil() != null && form.getValidUntil().isBefore(form.getValidFrom())) {
            throw InvalidInputException.of("validUntil", "tarief.periode.ongeldig");
        }
        Tariff tariff = new Tariff(form.getKind(), form.getAmount(), form.getValidFrom(), form.getValidUntil(),
                caller.getCallerPrincipal().getName(), Amsterdam.now());
        tariffs.store(tariff);
        recent.changed();
        audit.record("TARIFF_ADDED", "tariff", tariff.getId());
        return tariff;
    }

    /** NGB decides whether BZK funds one enrolment (null: the default for the office). */
    public void markFunding(long sessionId, long participantId, Boolean funded) {
        fundingMarks.mark(sessionId, participantId, funded);
        recent.changed();
        audit.record("FUNDING_MARKED", "participant", participantId);
    }

    /** {@link #overview} as it was at most a minute ago (see {@link RecentFundingOverview}): for the budget warning. */
    @RolesAllowed({Roles.NGB, Roles.BZK})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FundingOverview recentOverview(int year) {
        return recent.of(year, this::overview);
    }

    /** Spent and planned against the budget; the planned part counts sessions not yet held at full capacity. */
    @RolesAllowed({Roles.NGB, Roles.BZK})
    // Reads only, on every planning page (the budget warning): no transaction, no commit round trip.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public FundingOverview overview(int year) {
        requireBudgetYear(year);
        Tariffs table = tariffTable();
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime until = from.plusYears(1);
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        List<PlanningFacts.Session> sessions = planning.sessionsStarting(from, until);
        for (PlanningFacts.Session s : sessions) {
            LocalDate day = s.start().toLocalDate();
            if (HELD.contains(s.status())) {
                spent = spent.add(table.sessionOn(day));
            } else if (PLANNED.contains(s.status())) {
                planned = planned.add(table.sessionOn(day))
                        .add(table.on(TariffKind.PARTICIPANT, day).multiply(BigDecimal.valueOf(s.capacity())));
            }
        }
        Map<Long, PlanningFacts.Session> byId = sessions.stream()
                .collect(Collectors.toMap(PlanningFacts.Session::id, Function.identity()));
        for (PlanningFacts.Place p : planning.placesOfSessionsStarting(from, until)) {
            PlanningFacts.Session s = byId.get(p.sessionId());
            if (CostRules.funded(p.bzkFunded(), p.office())
                    && CostRules.costs(p.status(), p.changedAt(), s.cancellationDeadline())) {
                spent = spent.add(table.on(TariffKind.PARTICIPANT, s.start().toLocalDate()));
            }
        }
        return new FundingOverview(year, budget(year), spent, planned);
    }
}
