package nl.weerbaar.people.application.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import nl.weerbaar.people.application.validation.NotACommonPassword;

/** What an invited participant chooses: a user name and a password. */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{weerbaar.account.gebruikersnaam.verplicht}")
    @Pattern(regexp = "[a-z0-9._@-]{3,64}", message = "{weerbaar.account.gebruikersnaam.ongeldig}")
    private String username;

    @NotBlank(message = "{weerbaar.account.wachtwoord.verplicht}")
    @Size(min = 12, max = 128, message = "{weerbaar.account.wachtwoord.lengte}")
    @NotACommonPassword
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
