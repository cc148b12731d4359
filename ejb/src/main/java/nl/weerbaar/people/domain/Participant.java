package nl.weerbaar.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * A political office holder in the register (ambtsdrager). Personal data kept to what planning
 * needs: name, e-mail, optional phone, office and where it is held. A municipal office points to a
 * gemeente (whose province follows from it); other offices record a province.
 */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(length = 32)
    private String telefoon;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Ambt ambt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "gemeente_code")
    private Gemeente gemeente;

    @Convert(converter = ProvincieConverter.class)
    @Column(length = 32)
    private Provincie provincie;

    /** When her office began; null once she is erased (with the gemeente it would identify her). */
    @Column(name = "in_functie_sinds")
    private LocalDate inFunctieSinds;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Her login (role participant), once she has one. */
    @Column(name = "account_username", length = 64, unique = true)
    private String accountUsername;

    @Column(name = "erased_at")
    private LocalDateTime erasedAt;

    @Version
    private long version;

    protected Participant() {
        // for JPA
    }

    public Participant(String naam, String email, String telefoon, Ambt ambt, Gemeente gemeente, Provincie provincie,
            LocalDate inFunctieSinds, LocalDateTime createdAt) {
        this.naam = Objects.requireNonNull(naam, "naam").strip();
        this.email = normalizedEmail(Objects.requireNonNull(email, "email"));
        this.telefoon = telefoon == null || telefoon.isBlank() ? null : telefoon.strip();
        this.ambt = Objects.requireNonNull(ambt, "ambt");
        if (ambt.gemeentelijk()) {
            this.gemeente = Objects.requireNonNull(gemeente, "a municipal office needs a gemeente");
            this.provincie = gemeente.getProvincie();
        } else {
            this.provincie = Objects.requireNonNull(provincie, "this office needs a province");
        }
        this.inFunctieSinds = Objects.requireNonNull(inFunctieSinds, "inFunctieSinds");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Corrects her record (AVG art. 16) with values validated like a registration; returns field to old
     * and new value for every field that changed (the e-mail address normalised, an empty phone as none).
     */
    public java.util.Map<String, String[]> correct(String newNaam, String newEmail, String newTelefoon, Ambt newAmbt,
            Gemeente newGemeente, Provincie newProvincie, LocalDate newInFunctieSinds) {
        java.util.Map<String, String[]> changed = new java.util.LinkedHashMap<>();
        String naamValue = Objects.requireNonNull(newNaam, "naam").strip();
        String emailValue = normalizedEmail(Objects.requireNonNull(newEmail, "email"));
        String telefoonValue = newTelefoon == null || newTelefoon.isBlank() ? null : newTelefoon.strip();
        Provincie provincieValue = Objects.requireNonNull(newAmbt, "ambt").gemeentelijk()
                ? Objects.requireNonNull(newGemeente, "a municipal office needs a gemeente").getProvincie()
                : Objects.requireNonNull(newProvincie, "this office needs a province");
        Gemeente gemeenteValue = newAmbt.gemeentelijk() ? newGemeente : null;
        note(changed, "naam", naam, naamValue);
        note(changed, "email", email, emailValue);
        note(changed, "telefoon", telefoon, telefoonValue);
        note(changed, "ambt", ambt.name(), newAmbt.name());
        note(changed, "gemeente", gemeente == null ? null : gemeente.getCode(), gemeenteValue == null ? null : gemeenteValue.getCode());
        note(changed, "provincie", provincie == null ? null : provincie.naam(), provincieValue.naam());
        note(changed, "inFunctieSinds", inFunctieSinds.toString(), Objects.requireNonNull(newInFunctieSinds, "inFunctieSinds").toString());
        this.naam = naamValue;
        this.email = emailValue;
        this.telefoon = telefoonValue;
        this.ambt = newAmbt;
        this.gemeente = gemeenteValue;
        this.provincie = provincieValue;
        this.inFunctieSinds = newInFunctieSinds;
        return changed;
    }

    private static void note(java.util.Map<String, String[]> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, new String[] {before, after});
        }
    }

    /** E-mail addresses compare without case and surrounding space: one register entry per address. */
    public static String normalizedEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Erases who she is (right to erasure): name, e-mail, phone and login go, and so do the gemeente
     * and the date her office began (one mayor per gemeente: together they are her). Office,
     * province and enrolments stay, without a person, for the aggregated figures.
     *
     * @return the login that was linked, to be removed, or null
     */
    public String erase(LocalDateTime now) {
        String login = accountUsername;
        if (provincie == null && gemeente != null) {
            provincie = gemeente.getProvincie();
        }
        naam = "Verwijderde deelnemer";
        email = "verwijderd-" + id + "@weerbaar.invalid";
        telefoon = null;
        accountUsername = null;
        gemeente = null;
        inFunctieSinds = null;
        erasedAt = Objects.requireNonNull(now, "now");
        return login;
    }

    /** Whether her personal data was erased: nothing is sent to her any more, and the record is never filled in again. */
    public boolean isErased() {
        return erasedAt != null;
    }

    /** Links her login, so she can enrol herself and see her own record. */
    public void linkAccount(String username) {
        this.accountUsername = Objects.requireNonNull(username, "username");
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getTelefoon() {
        return telefoon;
    }

    public Ambt getAmbt() {
        return ambt;
    }

    public Gemeente getGemeente() {
        return gemeente;
    }

    public Provincie getProvincie() {
        return provincie;
    }

    public LocalDate getInFunctieSinds() {
        return inFunctieSinds;
    }
}
