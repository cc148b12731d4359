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
