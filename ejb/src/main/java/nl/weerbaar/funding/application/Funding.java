package nl.weerbaar.funding.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.funding.domain.Budget;
import nl.weerbaar.funding.domain.CostRules;
import nl.weerbaar.funding.domain.Tariff;
import nl.weerbaar.funding.domain.TariffKind;
import nl.weerbaar.funding.domain.Tariffs;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.SessionStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.platform.validation.InvalidInputException;

/** BZK's budget per year, the tariffs, who BZK funds, and spend against budget (NGB; BZK reads the overview). */
@Stateless
@RolesAllowed(Roles.NGB)
public class Funding {

    private static final Set<SessionStatus> HELD = Set.of(SessionStatus.HELD, SessionStatus.CLOSED);
    private static final Set<SessionStatus> PLANNED = Set.of(SessionStatus.OPEN, SessionStatus.FULL, SessionStatus.CONFIRMED);

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Resource
    private SessionContext caller;

    @Inject
    private Validator validator;

    @Inject
    private AuditLog audit;

    public void setBudget(int year, BigDecimal amount) {
        if (year < 2020 || year > 2100) {
            throw InvalidInputException.of("year", "budget.jaar.ongeldig");
        }
        if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
            throw InvalidInputException.of("amount", "budget.bedrag.ongeldig");
        }
        Budget budget = em.find(Budget.class, year);
        if (budget == null) {
            em.persist(new Budget(year, amount));
        } else {
            budget.change(amount);
        }
        audit.record("BUDGET_SET", "budget", year);
    }

    /** The year's budget (null when not set); also read by the report jobs, which run without a caller. */
    @jakarta.annotation.security.PermitAll
    public BigDecimal budget(int year) {
        Budget budget = em.find(Budget.class, year);
        return budget == null ? null : budget.getAmount();
    }

    @RolesAllowed({Roles.NGB, Roles.BZK})
    public List<Tariff> tariffs() {
        return em.createQuery("select t from Tariff t order by t.kind, t.validFrom", Tariff.class).getResultList();
    }

    /** The tariffs, for reports that run outside a caller's role (the batch jobs). */
    @jakarta.annotation.security.PermitAll
    public Tariffs tariffTable() {
        return new Tariffs(em.createQuery("select t from Tariff t", Tariff.class).getResultList());
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
        em.persist(tariff);
        audit.record("TARIFF_ADDED", "tariff", tariff.getId());
        return tariff;
    }

    /** NGB decides whether BZK funds one enrolment (null: the default for the office). */
    public void markFunding(long sessionId, long participantId, Boolean funded) {
        Enrolment enrolment = em.createQuery("select e from Enrolment e where e.session.id = :s and e.participant.id = :p "
                        + "and e.status <> :cancelled", Enrolment.class)
                .setParameter("s", sessionId).setParameter("p", participantId)
                .setParameter("cancelled", EnrolmentStatus.CANCELLED).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("enrolment.niet.gevonden"));
        enrolment.markFunding(funded);
        audit.record("FUNDING_MARKED", "participant", participantId);
    }

    /** Spent and planned against the budget; the planned part counts sessions not yet held at full capacity. */
    @RolesAllowed({Roles.NGB, Roles.BZK})
    public FundingOverview overview(int year) {
        Tariffs tariffs = tariffTable();
        LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
        LocalDateTime until = from.plusYears(1);
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        List<TrainingSession> sessions = em.createQuery("select s from TrainingSession s where s.start >= :from "
                + "and s.start < :until", TrainingSession.class).setParameter("from", from).setParameter("until", until)
                .getResultList();
        for (TrainingSession s : sessions) {
            LocalDate day = s.getStart().toLocalDate();
            if (HELD.contains(s.getStatus())) {
                spent = spent.add(tariffs.sessionOn(day));
            } else if (PLANNED.contains(s.getStatus())) {
                planned = planned.add(tariffs.sessionOn(day))
                        .add(tariffs.on(TariffKind.PARTICIPANT, day).multiply(BigDecimal.valueOf(s.getCapacity())));
            }
        }
        List<Object[]> places = em.createQuery("select e.status, e.changedAt, e.bzkFunded, p.ambt, s.start, s.id "
                + "from Enrolment e join e.session s join e.participant p where s.start >= :from and s.start < :until",
                Object[].class).setParameter("from", from).setParameter("until", until).getResultList();
        Map<Long, TrainingSession> byId = sessions.stream().collect(java.util.stream.Collectors.toMap(TrainingSession::getId, s -> s));
        for (Object[] p : places) {
            TrainingSession s = byId.get((Long) p[5]);
            if (CostRules.funded((Boolean) p[2], (Ambt) p[3])
                    && CostRules.costs((EnrolmentStatus) p[0], (LocalDateTime) p[1], s.getCancellationDeadline())) {
                spent = spent.add(tariffs.on(TariffKind.PARTICIPANT, ((LocalDateTime) p[4]).toLocalDate()));
            }
        }
        return new FundingOverview(year, budget(year), spent, planned);
    }
}
