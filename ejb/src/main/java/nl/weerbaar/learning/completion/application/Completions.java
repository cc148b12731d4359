package nl.weerbaar.learning.completion.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.learning.completion.domain.Completion;
import nl.weerbaar.learning.completion.domain.ModuleCompletion;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.AttendanceRecorded;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.PublicAddress;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.learning.play.application.ModuleProgressQuery;
import nl.weerbaar.people.application.CallingParticipant;

/**
 * Completion: a participant's training is complete when she attended her session and passed the
 * required scenarios of every module. It is recorded once, on the day the last condition was met,
 * with a verification code for her certificate.
 */
@Stateless
public class Completions {

    /** The training's name on certificates and in verifications. */
    public static final String TRAINING = "Omgaan met intimidatie en bedreiging";

    /** No 0/O, 1/I/L: codes are read from paper and typed. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @Inject
    private ModuleProgressQuery progress;

    @Inject
    private ParticipantRepository participants;

    @Resource
    private SessionContext caller;

    /** Records her completion if she now meets both conditions; does nothing when recorded already. */
    @PermitAll
    public void refresh(long participantId) {
        List<String> passed = progress.passedScenarios(participantId);
        for (LearningModule module : LearningModule.shipped()) {
            if (passed.containsAll(module.requiredScenarios())
                    && em.find(ModuleCompletion.class, new ModuleCompletion.Key(participantId, module.id())) == null) {
                em.persist(new ModuleCompletion(participantId, module.id(), Amsterdam.now().toLocalDate()));
            }
        }
        boolean allPassed = LearningModule.shipped().stream().allMatch(m -> passed.containsAll(m.requiredScenarios()));
        if (!allPassed || em.find(Completion.class, participantId) != null) {
            return;
        }
        attendedSession(participantId).ifPresent(session -> em.persist(
                new Completion(participantId, session.getId(), Amsterdam.now().toLocalDate(), newCode())));
    }

    @PermitAll
    public void attendanceRecorded(@Observes AttendanceRecorded recorded) {
        if (recorded.attendance() == EnrolmentStatus.ATTENDED) {
            refresh(recorded.participantId());
        }
    }

    /** The caller's own completion status. */
    @RolesAllowed(Roles.PARTICIPANT)
    public CompletionStatus mine() {
        return status(self().getId());
    }

    /** A participant's completion status, for NGB. */
    @RolesAllowed(Roles.NGB)
    public CompletionStatus of(long participantId) {
        if (em.find(Participant.class, participantId) == null) {
            throw new NotFound("api.deelnemer.niet.gevonden");
        }
        return status(participantId);
    }

    private CompletionStatus status(long participantId) {
        Completion completion = em.find(Completion.class, participantId);
        return new CompletionStatus(attendedSession(participantId).isPresent(), progress.of(participantId),
                completion == null ? null : completion.getCompletedOn(),
                completion == null ? null : completion.getCertificateCode());
    }

    /** When each of these participants completed the training (absent: not yet), for NGB's lists. */
    @RolesAllowed(Roles.NGB)
    public java.util.Map<Long, java.time.LocalDate> completedOn(java.util.Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select c from Completion c where c.participantId in :ids", Completion.class)
                .setParameter("ids", participantIds).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Completion::getParticipantId, Completion::getCompletedOn));
    }

    /** The caller's certificate as PDF, once she completed the training. */
    @RolesAllowed(Roles.PARTICIPANT)
    public Optional<byte[]> myCertificate() {
        long participantId = self().getId();
        Completion completion = em.find(Completion.class, participantId);
        if (completion == null || completion.getCertificateCode() == null) {
            return Optional.empty();
        }
        Participant participant = em.find(Participant.class, participantId);
        TrainingSession session = em.find(TrainingSession.class, completion.getSessionId());
        List<String> modules = LearningModule.shipped().stream().map(LearningModule::title).toList();
        return Optional.of(CertificatePdf.render(new CertificatePdf.Content(participant.getNaam(), TRAINING,
                session.getStart().toLocalDate(), session.getLocation(), modules, completion.getCompletedOn(),
                completion.getCertificateCode(), verificationUrl())));
    }

    /** Anyone may check a code: it answers with the name and date on the certificate, nothing else. */
    @PermitAll
    public Optional<Verification> verify(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from Completion c where c.certificateCode = :code", Completion.class)
                .setParameter("code", code.strip().toUpperCase(java.util.Locale.ROOT)).getResultStream().findFirst()
                .map(c -> new Verification(em.find(Participant.class, c.getParticipantId()).getNaam(), TRAINING,
                        c.getCompletedOn()));
    }

    private Participant self() {
        return CallingParticipant.of(participants, caller);
    }

    public static String verificationUrl() {
        return PublicAddress.base() + "/certificaat";
    }

    private Optional<TrainingSession> attendedSession(long participantId) {
        return em.createQuery("select e.session from Enrolment e where e.participant.id = :p and e.status = :attended "
                        + "order by e.session.start desc", TrainingSession.class)
                .setParameter("p", participantId).setParameter("attended", EnrolmentStatus.ATTENDED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder("WB-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
