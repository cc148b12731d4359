package nl.weerbaar.people.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.account.AccountRepository;
import nl.weerbaar.people.domain.Ambt;
import nl.weerbaar.people.domain.Gemeente;
import nl.weerbaar.people.domain.GemeenteRepository;
import nl.weerbaar.people.domain.InvitationRepository;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.people.domain.ParticipantRepository;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.validation.InvalidInputException;
import nl.weerbaar.platform.validation.LocalizedViolations;

/** The register of office holders, kept by NGB staff; every read and change is audited. */
@Stateless
@RolesAllowed(Roles.NGB)
public class ParticipantRegister {

    static final String SUBJECT = "participant";

    @Inject
    private ParticipantRepository participants;

    @Inject
    private jakarta.enterprise.event.Event<ParticipantErased> erased;

    @Inject
    private Validator validator;

    @Inject
    private GemeenteRepository gemeenten;

    @Inject
    private InvitationRepository invitations;

    @Inject
    private AccountRepository accounts;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    @Inject
    private LocalizedViolations localized;

    @Inject
    private nl.weerbaar.people.domain.ParticipantCorrectionRepository corrections;

    @Inject
    private nl.weerbaar.people.domain.account.LanguagePreferenceRepository languages;

    /**
     * Registers an office holder.
     *
     * @throws InvalidInputException when the form breaks a rule, names an unknown or merged gemeente,
     *     or uses an e-mail address already in the register; nothing is stored then
     */
    public ParticipantView register(ParticipantForm form) {
        Gemeente gemeente = checked(form, null);
        Ambt ambt = Ambt.metNaam(form.getAmbt()).orElseThrow();
        Provincie provincie = ambt.gemeentelijk() ? null : Provincie.metNaam(form.getProvincie()).orElseThrow();
        Participant participant = new Participant(form.getNaam(), Participant.normalizedEmail(form.getEmail()),
                form.getTelefoon(), ambt, gemeente, provincie, form.getInFunctieSinds(), Amsterdam.now());
        participants.store(participant);
        audit.record("PARTICIPANT_REGISTERED", SUBJECT, participant.getId());
        return ParticipantView.of(participant);
    }

    /**
     * What is wrong with a registration, without storing it (and without marking the caller's
     * transaction for rollback): field to message in the given language; empty when it would pass.
     * For imports that must report every bad row before storing any.
     */
    public Map<String, String> problems(ParticipantForm form, Locale locale) {
        try {
            checked(form, null);
            return Map.of();
        } catch (InvalidInputException e) {
            return localized.byField(e, locale);
        }
    }

    /**
     * Corrects a participant's record (AVG art. 16), validated like a registration; every changed field is
     * kept with its old and new value, and the audit trail notes that a correction happened (by id only).
     *
     * @throws InvalidInputException as {@link #register}; an e-mail address of someone else is refused
     * @throws nl.weerbaar.platform.errors.Conflict when her data was erased: an erased record is not filled in again
     */
    public ParticipantView correct(long id, ParticipantForm form) {
        Participant participant = participants.lockForErasure(id)
                .orElseThrow(() -> new nl.weerbaar.platform.errors.NotFound("api.deelnemer.niet.gevonden"));
        if (participant.isErased()) {
            throw new nl.weerbaar.platform.errors.Conflict("deelnemer.gewist");
        }
        Gemeente gemeente = checked(form, id);
        Ambt ambt = Ambt.metNaam(form.getAmbt()).orElseThrow();
        Provincie provincie = ambt.gemeentelijk() ? null : Provincie.metNaam(form.getProvincie()).orElseThrow();
        Map<String, String[]> changed = participant.correct(form.getNaam(), form.getEmail(), form.getTelefoon(), ambt, gemeente,
                provincie, form.getInFunctieSinds());
        java.time.LocalDateTime now = Amsterdam.now();
        String by = caller.getCallerPrincipal().getName();
        changed.forEach((field, values) -> corrections.store(
                new nl.weerbaar.people.domain.ParticipantCorrection(id, now, by, field, values[0], values[1])));
        if (!changed.isEmpty()) {
            audit.record("PARTICIPANT_CORRECTED", SUBJECT, id);
        }
        return ParticipantView.of(participant);
    }

    private Gemeente checked(ParticipantForm form, Long self) {
        Set<ConstraintViolation<ParticipantForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Gemeente gemeente = null;
        if (Ambt.metNaam(form.getAmbt()).orElseThrow().gemeentelijk()) {
            gemeente = gemeenten.find(form.getGemeenteCode().strip()).filter(Gemeente::isActief)
                    .orElseThrow(() -> InvalidInputException.of("gemeenteCode", "weerbaar.deelnemer.gemeente.onbekend"));
        }
        String email = Participant.normalizedEmail(form.getEmail());
        if (self == null ? participants.emailInUse(email)
                : participants.byEmail(email).filter(other -> !other.getId().equals(self)).isPresent()) {
            throw InvalidInputException.of("email", "weerbaar.deelnemer.email.bestaat");
        }
        return gemeente;
    }

    /**
     * Erases a participant's personal data on request (AVG art. 17): her record keeps only office,
     * province and enrolments, without a person; her login is deleted with its roles, second factor,
     * recovery codes and tokens; her invitations are deleted; the audit trail's pseudonyms of her
     * login and address are forgotten, so its lines by or about her resolve to nobody. The other
     * contexts hear of it in the same transaction ({@link ParticipantErased}): planning cancels her
     * open enrolment, learning deletes her statements and withdraws her certificate, the outbox
     * deletes her mails, reporting deletes the named lists. The erasure is audited by id.
     *
     * @return the login she had, whose page sessions and remembered credentials the web layer ends
     */
    public Optional<String> erase(long id) {
        Participant participant = participants.lockForErasure(id)
                .orElseThrow(() -> new nl.weerbaar.platform.errors.NotFound("api.deelnemer.niet.gevonden"));
        String email = participant.getEmail();
        invitations.deleteAllOf(id);
        corrections.deleteOf(id);
        String login = participant.erase(Amsterdam.now());
        if (login != null) {
            accounts.find(login).ifPresent(accounts::delete);
            languages.forget(login);
        }
        erased.fire(new ParticipantErased(id, email, login));
        audit.forget(login, email);
        audit.record("PARTICIPANT_ERASED", SUBJECT, id);
        return Optional.ofNullable(login);
    }

    /** A participant's record: for NGB, and for the participant herself. */
    @RolesAllowed({Roles.NGB, Roles.PARTICIPANT})
    public Optional<ParticipantView> find(long id) {
        Optional<ParticipantView> found = participants.find(id)
                .filter(p -> caller.isCallerInRole(Roles.NGB)
                        || caller.getCallerPrincipal().getName().equals(p.getAccountUsername()))
                .map(ParticipantView::of);
        found.ifPresent(p -> audit.record("PARTICIPANT_READ", SUBJECT, id));
        return found;
    }

    /** Participants whose name or e-mail contains the text, for picking one; at most {@code max}. */
    public List<ParticipantView> search(String text, int max) {
        audit.record("PARTICIPANT_SEARCHED", SUBJECT, null);
        return participants.search(text == null ? "" : text.strip(), max).stream().map(ParticipantView::of).toList();
    }

    public List<ParticipantView> all() {
        audit.record("PARTICIPANT_LIST_READ", SUBJECT, null);
        return participants.all().stream().map(ParticipantView::of).toList();
    }
}
