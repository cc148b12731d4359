package nl.weerbaar.people.application.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whom an administrator invites to a staff account: a display name and the address the link goes
 * to (nothing more is kept about a staff member), and the roles to give.
 */
public class StaffInvitationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{weerbaar.staf.naam.verplicht}")
    @Size(max = 200, message = "{weerbaar.staf.naam.lengte}")
    private String name;

    @NotBlank(message = "{weerbaar.staf.email.verplicht}")
    @Email(message = "{weerbaar.staf.email.ongeldig}")
    @Size(max = 254, message = "{weerbaar.staf.email.ongeldig}")
    private String email;

    private Set<String> roles = new LinkedHashSet<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }
}
