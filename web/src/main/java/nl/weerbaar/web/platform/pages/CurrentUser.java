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
import nl.weerbaar.audit.application.SecurityAction;
import nl.weerbaar.audit.application.SecurityAudit;

/** Who is logged in, what roles she has, and logging out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private FacesContext faces;

    @Inject
    private SecurityAudit audit;

    @Inject
    private nl.weerbaar.people.application.account.OwnName ownName;

    private String shownName;

    public boolean isLoggedIn() {
        return faces.getExternalContext().getUserPrincipal() != null;
    }

    public String getName() {
        Principal principal = faces.getExternalContext().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    /** The name the top bar greets her with: her own name where Weerbaar has one, else her user name. */
    public String getShownName() {
        if (shownName == null) {
            shownName = isLoggedIn() ? ownName.mine().orElse(getName()) : "";
        }
        return shownName;
    }

    public boolean hasRole(String role) {
        return faces.getExternalContext().isUserInRole(role);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            audit.record(request.getRemoteUser(), SecurityAction.LOGOUT, request.getRemoteUser(), request.getRemoteAddr());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
