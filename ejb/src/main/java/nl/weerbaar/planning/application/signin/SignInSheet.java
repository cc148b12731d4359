package nl.weerbaar.planning.application.signin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.Participant;
import nl.weerbaar.planning.domain.Enrolment;
import nl.weerbaar.planning.domain.EnrolmentRepository;
import nl.weerbaar.planning.domain.EnrolmentStatus;
import nl.weerbaar.planning.domain.TrainingSession;
import nl.weerbaar.planning.domain.TrainingSessionRepository;
import nl.weerbaar.platform.errors.NotFound;
import nl.weerbaar.planning.application.SessionAccess;
import nl.weerbaar.platform.security.Roles;

/**
 * The sign-in sheet of a session, for its trainers and NGB only: it names who comes, with office and
 * gemeente, so printing it is audited like reading the enrolment list.
 */
@Stateless
public class SignInSheet {

    /** Who has a place: booked, or already marked present, partly present or absent. */
    private static final Set<EnrolmentStatus> ON_THE_SHEET = EnumSet.of(EnrolmentStatus.BOOKED, EnrolmentStatus.ATTENDED,
            EnrolmentStatus.PARTIALLY_ATTENDED, EnrolmentStatus.NO_SHOW);

    @Inject
    private TrainingSessionRepository sessions;

    @Inject
    private EnrolmentRepository enrolments;

    @EJB
    private AuditLog audit;

    @Resource
    private SessionContext caller;

    @RolesAllowed({Roles.NGB, Roles.TRAINER})
    public byte[] of(long sessionId) {
        TrainingSession session = sessions.find(sessionId).filter(s -> SessionAccess.mayManage(caller, s))
                .orElseThrow(() -> new NotFound("api.sessie.niet.gevonden"));
        List<SignInSheetPdf.Person> people = enrolments.ofSession(sessionId).stream()
                .filter(e -> ON_THE_SHEET.contains(e.getStatus()))
                .map(Enrolment::getParticipant)
                .map(SignInSheet::person)
                .sorted(Comparator.comparing(SignInSheetPdf.Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        audit.record("SIGN_IN_SHEET_PRINTED", "session", sessionId);
        return SignInSheetPdf.render(new SignInSheetPdf.Content(session.getTitle(), session.getStart(), session.getEnd(),
                session.getLocation(), people));
    }

    private static SignInSheetPdf.Person person(Participant p) {
        String office = p.getAmbt() == null ? null : p.getAmbt().naam();
        String capitalised = office == null || office.isEmpty() ? office : Character.toUpperCase(office.charAt(0)) + office.substring(1);
        return new SignInSheetPdf.Person(p.getNaam(), capitalised, p.getGemeente() == null ? null : p.getGemeente().getNaam());
    }
}
