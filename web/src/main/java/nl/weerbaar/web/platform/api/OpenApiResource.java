package nl.weerbaar.web.platform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** The OpenAPI document of this API (kept beside the code; a test checks it names every endpoint). */
@Path("openapi.yaml")
public class OpenApiResource {

    @GET
    @Produces("application/yaml")
    @PermitAll
    public Response document() {
        InputStream yaml = OpenApiResource.class.getResourceAsStream("/openapi/weerbaar.yaml");
        return Response.ok(yaml).build();
    }
}
