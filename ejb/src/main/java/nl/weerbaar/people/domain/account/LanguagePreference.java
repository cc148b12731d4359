package nl.weerbaar.people.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** The language a user chose for the pages; her mails and documents follow it. */
@Entity
@Table(name = "language_preference")
public class LanguagePreference {

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false, length = 8)
    private String language;

    protected LanguagePreference() {
        // for JPA
    }

    public LanguagePreference(String username, Locale locale) {
        this.username = username;
        choose(locale);
    }

    public final void choose(Locale locale) {
        this.language = "en".equals(locale.getLanguage()) ? "en" : "nl";
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
