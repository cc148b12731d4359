package nl.weerbaar.web.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The body of every 4xx answer: {@code error} and {@code field} of the first problem (null field
 * when it is not about one), and {@code errors} with every problem, for forms with several.
 */
public record ApiError(String error, String field, List<FieldMessage> errors) {

    /** One problem; {@code field} is null when the problem is not about one field. */
    public record FieldMessage(String field, String message) {
    }

    public static Response badRequest(Map<String, String> messagesByField) {
        return response(Response.Status.BAD_REQUEST.getStatusCode(), messagesByField.entrySet().stream()
                .map(e -> new FieldMessage(e.getKey(), e.getValue())).toList());
    }

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }

    public static Response response(int status, String message) {
        return response(status, List.of(new FieldMessage(null, message)));
    }

    private static Response response(int status, List<FieldMessage> messages) {
        FieldMessage first = messages.get(0);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(first.message(), first.field(), messages)).build();
    }
}
