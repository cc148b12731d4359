package nl.weerbaar.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Dutch municipality (reference data, CBS code such as GM0518). A gemeente that disappears in a
 * merger stays, inactive, so participants keep the link to the gemeente they served.
 */
@Entity
@Table(name = "gemeente")
public class Gemeente {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 100)
    private String naam;

    @Column(name = "veiligheidsregio_code", nullable = false, length = 4)
    private String veiligheidsregioCode;

    @Column(nullable = false, length = 100)
    private String veiligheidsregio;

    @Convert(converter = ProvincieConverter.class)
    @Column(nullable = false, length = 32)
    private Provincie provincie;

    @Column(nullable = false)
    private boolean actief;

    protected Gemeente() {
        // for JPA
    }

    public Gemeente(String code, String naam, String veiligheidsregioCode, String veiligheidsregio, Provincie provincie) {
        this.code = java.util.Objects.requireNonNull(code, "code");
        update(naam, veiligheidsregioCode, veiligheidsregio, provincie);
    }

    /** Takes the facts of a newer list; a gemeente on the list is active. */
    public void update(String newNaam, String newRegioCode, String newRegio, Provincie newProvincie) {
        this.naam = java.util.Objects.requireNonNull(newNaam, "naam");
        this.veiligheidsregioCode = java.util.Objects.requireNonNull(newRegioCode, "veiligheidsregioCode");
        this.veiligheidsregio = java.util.Objects.requireNonNull(newRegio, "veiligheidsregio");
        this.provincie = java.util.Objects.requireNonNull(newProvincie, "provincie");
        this.actief = true;
    }

    /** Gone from the list (merged): no longer offered, but participants keep their link to it. */
    public void retire() {
        this.actief = false;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public String getVeiligheidsregioCode() {
        return veiligheidsregioCode;
    }

    public String getVeiligheidsregio() {
        return veiligheidsregio;
    }

    public Provincie getProvincie() {
        return provincie;
    }

    public boolean isActief() {
        return actief;
    }
}
