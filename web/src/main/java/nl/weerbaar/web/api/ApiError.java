package nl.weerbaar.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The body of every 4xx answer: what was wrong, per field where there is one. */
public record ApiError(List<FieldMessage> errors) {

    /** One problem; {@code field} is null when the problem is not about one field. */
    public record FieldMessage(String field, String message) {
    }

    public static Response badRequest(Map<String, String> messagesByField) {
        return response(Response.Status.BAD_REQUEST, messagesByField.entrySet().stream()
                .map(e -> new FieldMessage(e.getKey(), e.getValue())).toList());
    }

    public static Response response(Response.Status status, String message) {
        return response(status, List.of(new FieldMessage(null, message)));
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(List.of(new FieldMessage(null, message)))).build();
    }

    private static Response response(Response.Status status, List<FieldMessage> messages) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(messages)).build();
    }
}
