package nl.weerbaar.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** That a case was discussed in a session. */
@Entity
@Table(name = "session_casus")
@IdClass(SessionCasus.Key.class)
public class SessionCasus {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "casus_id")
    private Long casusId;

    protected SessionCasus() {
        // for JPA
    }

    public SessionCasus(long sessionId, long casusId) {
        this.sessionId = sessionId;
        this.casusId = casusId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long sessionId;
        private Long casusId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(sessionId, k.sessionId)
                    && java.util.Objects.equals(casusId, k.casusId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sessionId, casusId);
        }
    }
}
