package nl.weerbaar.people.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.audit.application.AuditLog;
import nl.weerbaar.people.domain.Gemeente;
import nl.weerbaar.people.domain.GemeenteRepository;
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

    @Inject
    private GemeenteRepository gemeenten;

    @EJB
    private AuditLog audit;

    /**
     * @throws GemeenteListRejected with every bad line; nothing changed then
     */
    public Result replaceWith(String csv) {
        List<GemeenteList.Entry> entries = GemeenteList.read(csv);
        Map<String, Gemeente> existing = new HashMap<>();
        gemeenten.all().forEach(g -> existing.put(g.getCode(), g));
        int added = 0;
        int updated = 0;
        for (GemeenteList.Entry e : entries) {
            Gemeente gemeente = existing.remove(e.code());
            if (gemeente == null) {
                gemeenten.store(new Gemeente(e.code(), e.naam(), e.veiligheidsregioCode(), e.veiligheidsregio(),
                        e.provincie()));
                added++;
            } else {
                gemeente.update(e.naam(), e.veiligheidsregioCode(), e.veiligheidsregio(), e.provincie());
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
