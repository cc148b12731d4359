package nl.weerbaar.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.audit.domain.AuditActors;
import org.junit.jupiter.api.Test;

class AuditPseudonymsTest {

    /** The rows in memory. */
    private static final class Rows implements AuditActors {
        private final Map<String, Long> ids = new HashMap<>();

        @Override
        public Optional<Long> idOf(String username) {
            return Optional.ofNullable(ids.get(username));
        }

        @Override
        public long add(String username) {
            long id = 50L + ids.size();
            ids.put(username, id);
            return id;
        }

        @Override
        public Optional<String> usernameOf(long id) {
            return ids.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst();
        }

        @Override
        public void delete(String username) {
            ids.remove(username);
        }
    }

    @Test
    void aNameIsWrittenAsANumberAndReadBackUntilItIsForgotten() {
        Rows rows = new Rows();
        rows.add("wisvliet");
        AuditPseudonyms pseudonyms = new AuditPseudonyms(rows);

        String written = pseudonyms.of("wisvliet");
        assertEquals("#50", written);
        assertEquals("wisvliet", pseudonyms.resolve(written));
        assertEquals(Optional.of("#50"), pseudonyms.existing("wisvliet"));

        pseudonyms.forget("wisvliet", null, "w.wisvliet@raadhuis.example");
        assertEquals("#50", pseudonyms.resolve(written), "resolves to nobody");
        assertTrue(pseudonyms.existing("wisvliet").isEmpty());
    }

    @Test
    void nobodyAndOlderLinesStayAsTheyAre() {
        AuditPseudonyms pseudonyms = new AuditPseudonyms(new Rows());
        assertNull(pseudonyms.of(null));
        assertEquals(SecurityAudit.ANONYMOUS, pseudonyms.of(SecurityAudit.ANONYMOUS));
        assertEquals("ngb", pseudonyms.resolve("ngb"), "a line written before pseudonyms");
        assertEquals("#x", pseudonyms.resolve("#x"));
        assertNull(pseudonyms.resolve(null));
    }
}
