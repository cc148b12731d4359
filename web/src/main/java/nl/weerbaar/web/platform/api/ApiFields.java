package nl.weerbaar.web.platform.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field names of the domain forms as the (English) API names them. */
public final class ApiFields {

    private ApiFields() {
    }

    public static Map<String, String> rename(Map<String, String> messagesByField, Map<String, String> formToApi) {
        Map<String, String> renamed = new LinkedHashMap<>();
        messagesByField.forEach((field, message) -> renamed.merge(formToApi.getOrDefault(field, field), message,
                (a, b) -> a + " " + b));
        return renamed;
    }
}
