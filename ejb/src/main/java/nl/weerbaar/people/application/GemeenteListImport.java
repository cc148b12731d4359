package nl.weerbaar.people.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.Gemeente;
import nl.weerbaar.people.domain.Provincie;
import nl.weerbaar.platform.security.Roles;

/**
 * Replaces the list of gemeenten with a newer one (after mergers), in the CSV format of the
 * municipalities list: {@value #HEADER}. Gemeenten on the list are added or updated; those no longer
 * on it are retired, not deleted, so participants keep their link to the gemeente they served.
 * All or nothing: a list with a bad row changes nothing.
 */
@Stateless
@RolesAllowed(Roles.NGB)
public class GemeenteListImport {

    public static final String HEADER = "gemeentecode,gemeente,veiligheidsregio_code,veiligheidsregio,provincie";

    /** What the import changed. */
    public record Result(int added, int updated, int retired) implements Serializable {
    }

    /** A bad row of the list. */
    public record Problem(int line, String message) implements Serializable {
    }

    @PersistenceContext(unitName = "weerbaar")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    /**
     * @throws GemeenteListRejected with every bad line; nothing changed then
     */
    public Result replaceWith(String csv) {
        List<String> lines = csv == null ? List.of() : csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new GemeenteListRejected(List.of(new Problem(1, "kop")));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> fields = Csv.fields(lines.get(i));
            int line = i + 1;
            if (fields.size() != 5 || fields.stream().anyMatch(String::isBlank)) {
                problems.add(new Problem(line, "velden"));
            } else if (!fields.get(0).matches("GM\\d{4}")) {
                problems.add(new Problem(line, "code"));
            } else if (Provincie.metNaam(fields.get(4)).isEmpty()) {
                problems.add(new Problem(line, "provincie"));
            } else if (rows.put(fields.get(0), fields.toArray(String[]::new)) != null) {
                problems.add(new Problem(line, "dubbel"));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, "leeg"));
        }
        if (!problems.isEmpty()) {
            throw new GemeenteListRejected(problems);
        }
        Map<String, Gemeente> existing = new HashMap<>();
        em.createQuery("select g from Gemeente g", Gemeente.class).getResultList().forEach(g -> existing.put(g.getCode(), g));
        int added = 0;
        int updated = 0;
        for (String[] f : rows.values()) {
            Provincie provincie = Provincie.metNaam(f[4]).orElseThrow();
            Gemeente gemeente = existing.remove(f[0]);
            if (gemeente == null) {
                em.persist(new Gemeente(f[0], f[1], f[2], f[3], provincie));
                added++;
            } else {
                gemeente.update(f[1], f[2], f[3], provincie);
                updated++;
            }
        }
        int retired = 0;
        for (Gemeente gone : existing.values()) {
            if (gone.isActief()) {
                gone.retire();
                retired++;
            }
        }
        audit.record("GEMEENTEN_REPLACED", "gemeente", null);
        return new Result(added, updated, retired);
    }

    /** The list was refused; nothing changed. Problems name a line and a reason key. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class GemeenteListRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<Problem> problems;

        public GemeenteListRejected(List<Problem> problems) {
            super(problems.size() + " bad line(s) in the list of gemeenten");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
