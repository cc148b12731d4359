package nl.weerbaar.reporting.figures;

import java.io.Serializable;
import java.util.List;
import nl.weerbaar.reporting.chunk.SpoolLine;

/**
 * One enrolment as the BZK report counts it: where (province), who (office), when (quarter of the
 * session), what happened (status), whether BZK funds it and what it cost (in cents), how many
 * modules she passed and whether her training is complete. No name, no e-mail, no gemeente.
 */
public record ParticipationRow(long enrolmentId, String province, String office, int quarter, String status, boolean funded,
        long costCents, int modules, boolean complete) implements Serializable {

    public String toLine() {
        return SpoolLine.join(enrolmentId, province, office, quarter, status, funded, costCents, modules, complete);
    }

    public static ParticipationRow fromLine(String line) {
        List<String> f = SpoolLine.split(line);
        return new ParticipationRow(Long.parseLong(f.get(0)), f.get(1), f.get(2), Integer.parseInt(f.get(3)), f.get(4),
                Boolean.parseBoolean(f.get(5)), Long.parseLong(f.get(6)), Integer.parseInt(f.get(7)),
                Boolean.parseBoolean(f.get(8)));
    }
}
