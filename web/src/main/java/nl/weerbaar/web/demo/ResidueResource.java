package nl.weerbaar.web.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.weerbaar.demo.DemoData;
import nl.weerbaar.demo.ResidueSearch;
import nl.weerbaar.platform.security.Roles;
import nl.weerbaar.web.platform.api.ApiError;

/**
 * Demo and test servers only (admin): {@code POST /api/admin/residue {"texts":[…]}} answers where in
 * the database any of the texts (at least 3 characters) still occurs, for proving an erasure; the
 * texts go in the body, not the address, so no access log keeps them. In production: 404.
 */
@Path("admin/residue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@RequestScoped
public class ResidueResource {

    /** The question. */
    public static class Question {
        public List<String> texts;
    }

    @Inject
    private ResidueSearch search;

    @POST
    public Response search(Question question) throws SQLException {
        if (!Boolean.getBoolean(DemoData.SWITCH)) {
            return ApiError.response(Response.Status.NOT_FOUND, "not available");
        }
        if (question == null || question.texts == null || question.texts.isEmpty()
                || question.texts.stream().anyMatch(t -> t == null || t.strip().length() < 3)) {
            return ApiError.badRequest(Map.of("texts", "one or more texts of at least 3 characters"));
        }
        return Response.ok(search.search(question.texts.stream().map(String::strip).toList())).build();
    }
}
