package nl.weerbaar.people.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import nl.weerbaar.people.application.validation.WerkgebiedPastBijAmbt;

/** What NGB staff fill in to register an office holder; the office decides gemeente or province. */
@WerkgebiedPastBijAmbt
public class ParticipantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{weerbaar.deelnemer.naam.verplicht}")
    @Size(max = 200, message = "{weerbaar.tekst.te.lang}")
    private String naam;

    @NotBlank(message = "{weerbaar.deelnemer.email.verplicht}")
    @Email(message = "{weerbaar.deelnemer.email.ongeldig}", regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    @Size(max = 254, message = "{weerbaar.tekst.te.lang}")
    private String email;

    @Pattern(regexp = "[+0-9 ()-]{6,32}", message = "{weerbaar.deelnemer.telefoon.ongeldig}")
    private String telefoon;

    @NotBlank(message = "{weerbaar.deelnemer.ambt.verplicht}")
    private String ambt;

    private String gemeenteCode;

    private String provincie;

    @NotNull(message = "{weerbaar.deelnemer.sinds.verplicht}")
    @PastOrPresent(message = "{weerbaar.deelnemer.sinds.toekomst}")
    private LocalDate inFunctieSinds;

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEmail() {
        return email;
    }

    /** Surrounding spaces, as pasted from a letter or spreadsheet, are not part of the address. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getTelefoon() {
        return telefoon;
    }

    public void setTelefoon(String telefoon) {
        this.telefoon = telefoon == null || telefoon.isBlank() ? null : telefoon;
    }

    public String getAmbt() {
        return ambt;
    }

    public void setAmbt(String ambt) {
        this.ambt = ambt;
    }

    public String getGemeenteCode() {
        return gemeenteCode;
    }

    public void setGemeenteCode(String gemeenteCode) {
        this.gemeenteCode = gemeenteCode;
    }

    public String getProvincie() {
        return provincie;
    }

    public void setProvincie(String provincie) {
        this.provincie = provincie;
    }

    public LocalDate getInFunctieSinds() {
        return inFunctieSinds;
    }

    public void setInFunctieSinds(LocalDate inFunctieSinds) {
        this.inFunctieSinds = inFunctieSinds;
    }
}
