package nl.weerbaar.web.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import nl.weerbaar.people.application.account.StaffAccounts;
import nl.weerbaar.people.application.account.StaffInvitationForm;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.security.CredentialRevocation;

/**
 * For the administrator: the staff accounts with last login and second-factor status; inviting one
 * with its roles; changing roles; deactivating (its sessions, tokens and cached credentials end at
 * once) and reactivating. Refusals are the API's JSON errors: 400 bad input, 404 no such staff
 * account, 409 a change that would leave no active administrator or take away her own.
 */
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed(Roles.ADMIN)
public class StaffAccountResource {

    /** Whom to invite. */
    public static class InvitationJson {
        public String name;
        public String email;
        public Set<String> roles;
    }

    /** Where to mail a staff member's password link. */
    public static class PasswordLinkJson {
        public String email;
    }

    /** The roles an account has from now on. */
    public static class RolesJson {
        public Set<String> roles;
    }

    @Inject
    private StaffAccounts staff;

    @Inject
    private CredentialRevocation revocation;

    @GET
    public List<StaffAccounts.StaffAccountView> list() {
        return staff.list();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(InvitationJson json) {
        StaffInvitationForm form = new StaffInvitationForm();
        if (json != null) {
            form.setName(json.name);
            form.setEmail(json.email);
            form.setRoles(json.roles);
        }
        return Response.status(Response.Status.CREATED).entity(staff.invite(form)).build();
    }

    /** The new roles apply at once: the account's sessions end and its cached credentials are forgotten. */
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffAccounts.StaffAccountView changeRoles(@PathParam("username") String username, RolesJson json) {
        StaffAccounts.StaffAccountView changed = staff.changeRoles(username, json == null ? null : json.roles);
        revocation.endEverywhere(username, null);
        return changed;
    }

    @POST
    @Path("{username}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffAccounts.StaffAccountView deactivate(@PathParam("username") String username) {
        StaffAccounts.StaffAccountView closed = staff.deactivate(username);
        revocation.endEverywhere(username, null);
        return closed;
    }

    /** A link for a staff member who forgot her password, mailed to the address given (kept nowhere). */
    @POST
    @Path("{username}/password-link")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendPasswordLink(@PathParam("username") String username, PasswordLinkJson json) {
        return Response.accepted(staff.sendPasswordLink(username, json == null ? null : json.email)).build();
    }

    @POST
    @Path("{username}/reactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffAccounts.StaffAccountView reactivate(@PathParam("username") String username) {
        return staff.reactivate(username);
    }
}
