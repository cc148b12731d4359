package nl.weerbaar.web.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field names of the domain forms as the (English) API names them. */
final class ApiFields {

    private ApiFields() {
    }

    static Map<String, String> rename(Map<String, String> messagesByField, Map<String, String> formToApi) {
        Map<String, String> renamed = new LinkedHashMap<>();
        messagesByField.forEach((field, message) -> renamed.merge(formToApi.getOrDefault(field, field), message,
                (a, b) -> a + " " + b));
        return renamed;
    }
}
