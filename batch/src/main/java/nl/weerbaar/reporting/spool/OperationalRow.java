package nl.weerbaar.reporting.spool;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.weerbaar.reporting.source.NamedEnrolment;

/** One enrolment on NGB's named list: session, participant, status and completion. */
public record OperationalRow(long enrolmentId, long sessionId, String sessionTitle, LocalDateTime sessionStart, String name,
        String email, String office, String gemeente, String province, String status, LocalDate completedOn)
        implements SpoolRow {

    public static OperationalRow of(NamedEnrolment e) {
        return new OperationalRow(e.enrolmentId(), e.sessionId(), e.sessionTitle(), e.sessionStart(), e.name(), e.email(),
                e.office(), e.gemeente(), e.province(), e.status(), e.completedOn());
    }

    @Override
    public String toLine() {
        return SpoolLine.join(enrolmentId, sessionId, sessionTitle, sessionStart, name, email, office, gemeente, province,
                status, completedOn);
    }

    public static OperationalRow fromLine(String line) {
        List<String> f = SpoolLine.split(line);
        return new OperationalRow(Long.parseLong(f.get(0)), Long.parseLong(f.get(1)), f.get(2), LocalDateTime.parse(f.get(3)),
                f.get(4), f.get(5), f.get(6), f.get(7).isEmpty() ? null : f.get(7), f.get(8), f.get(9),
                f.get(10).isEmpty() ? null : LocalDate.parse(f.get(10)));
    }
}
