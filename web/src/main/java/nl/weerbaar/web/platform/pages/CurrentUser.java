package nl.weerbaar.web.platform.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** Who is logged in, what roles she has, and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private FacesContext faces;

    public boolean isLoggedIn() {
        return faces.getExternalContext().getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = faces.getExternalContext().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    public boolean hasRole(String role) {
        return faces.getExternalContext().isUserInRole(role);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
