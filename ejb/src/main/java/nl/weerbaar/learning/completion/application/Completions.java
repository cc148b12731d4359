package nl.weerbaar.learning.completion.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.weerbaar.learning.completion.domain.Completion;
import nl.weerbaar.learning.completion.domain.CompletionRepository;
import nl.weerbaar.learning.completion.domain.ModuleCompletion;
import nl.weerbaar.learning.completion.domain.ModuleCompletionRepository;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.planning.application.AttendanceRecorded;
import nl.weerbaar.planning.application.query.AttendanceQuery;
import nl.weerbaar.planning.application.query.SessionFacts;
import nl.weerbaar.planning.application.query.SessionLookup;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.PublicAddress;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.scenarios.LearningModule;
import nl.weerbaar.learning.play.application.ModuleProgressQuery;
import nl.weerbaar.people.application.CallingParticipant;
import nl.weerbaar.people.application.account.LanguagePreferences;

/**
 * Completion: a participant's training is complete when she attended her session and passed the
 * required scenarios of every module. It is recorded once, on the day the last condition was met,
 * with a verification code for her certificate. Whether she attended, and where, it asks planning.
 */
@Stateless
public class Completions {

    /** The training's name in verifications (the public check page); the certificate prints it in her language. */
    public static final String TRAINING = "Omgaan met intimidatie en bedreiging";

    /** No 0/O, 1/I/L: codes are read from paper and typed. */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private CompletionRepository completions;

    @Inject
    private ModuleCompletionRepository moduleCompletions;

    @Inject
    private ModuleProgressQuery progress;

    /** People's participants: her name on the certificate, and whether she exists. */
    @Inject
    private ParticipantRepository participants;

    @Inject
    private AttendanceQuery attendance;

    @Inject
    private SessionLookup sessions;

    /** Her language: the certificate is printed in it. */
    @jakarta.ejb.EJB
    private LanguagePreferences languages;

    @Resource
    private SessionContext caller;

    /** Records her completion if she now meets both conditions; does nothing when recorded already. */
    @PermitAll
    public void refresh(long participantId) {
        List<String> passed = progress.passedScenarios(participantId);
        for (LearningModule module : LearningModule.shipped()) {
            if (passed.containsAll(module.requiredScenarios())
                    && !moduleCompletions.completed(participantId, module.id())) {
                moduleCompletions.store(
                        new ModuleCompletion(participantId, module.id(), Amsterdam.now().toLocalDate()));
            }
        }
        boolean allPassed = LearningModule.shipped().stream().allMatch(m -> passed.containsAll(m.requiredScenarios()));
        if (!allPassed || completions.of(participantId).isPresent()) {
            return;
        }
        attendance.attendedSession(participantId).ifPresent(session -> completions.store(
                new Completion(participantId, session.id(), Amsterdam.now().toLocalDate(), newCode())));
    }

    @PermitAll
    public void attendanceRecorded(@Observes AttendanceRecorded recorded) {
        if (recorded.attendance() == EnrolmentStatus.ATTENDED) {
            refresh(recorded.participantId());
        }
    }

    /** The caller's own completion status. */
    @RolesAllowed(Roles.PARTICIPANT)
    public CompletionStatus mine(Locale locale) {
        return status(self().getId(), locale);
    }

    /** A participant's completion status, for NGB. */
    @RolesAllowed(Roles.NGB)
    public CompletionStatus of(long participantId, Locale locale) {
        if (participants.find(participantId).isEmpty()) {
            throw new NotFound("api.deelnemer.niet.gevonden");
        }
        return status(participantId, locale);
    }

    /** The status with the scenarios' titles in the reader's language. */
    private CompletionStatus status(long participantId, Locale locale) {
        Completion completion = completions.of(participantId).orElse(null);
        return new CompletionStatus(attendance.attended(participantId), progress.of(participantId, locale),
                completion == null ? null : completion.getCompletedOn(),
                completion == null ? null : completion.getCertificateCode());
    }

    /** When each of these participants completed the training (absent: not yet), for NGB's lists. */
    @RolesAllowed(Roles.NGB)
    public Map<Long, java.time.LocalDate> completedOn(Collection<Long> participantIds) {
        return completions.of(participantIds).stream()
                .collect(Collectors.toMap(Completion::getParticipantId, Completion::getCompletedOn));
    }

    /** The caller's certificate as PDF, once she completed the training; in the language she chose (Dutch unless English). */
    @RolesAllowed(Roles.PARTICIPANT)
    public Optional<byte[]> myCertificate() {
        Participant participant = self();
        Completion completion = completions.of(participant.getId()).orElse(null);
        if (completion == null || completion.getCertificateCode() == null) {
            return Optional.empty();
        }
        SessionFacts session = sessions.find(completion.getSessionId()).orElseThrow();
        CertificateTexts texts = CertificateTexts.in(languages.ofParticipant(participant.getId()));
        List<String> modules = LearningModule.shipped().stream().map(texts::module).toList();
        return Optional.of(CertificatePdf.render(new CertificatePdf.Content(participant.getNaam(), texts.training(),
                session.start().toLocalDate(), session.location(), modules, completion.getCompletedOn(),
                completion.getCertificateCode(), verificationUrl()), texts));
    }

    /** Anyone may check a code: it answers with the name and date on the certificate, nothing else. */
    @PermitAll
    public Optional<Verification> verify(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return completions.byCertificateCode(code.strip().toUpperCase(Locale.ROOT))
                .map(c -> new Verification(participants.find(c.getParticipantId()).orElseThrow().getNaam(), TRAINING,
                        c.getCompletedOn()));
    }

    private Participant self() {
        return CallingParticipant.of(participants, caller);
    }

    /** The public check page; the certificate links to it with its code filled in. */
    public static String verificationUrl() {
        return PublicAddress.base() + "/certificaat.xhtml";
    }

    /** 16 characters of a 32-character alphabet without look-alikes (no 0, 1, I, O): 80 bits, not to be guessed. */
    private static String newCode() {
        StringBuilder code = new StringBuilder("WB");
        for (int i = 0; i < 16; i++) {
            if (i % 8 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
