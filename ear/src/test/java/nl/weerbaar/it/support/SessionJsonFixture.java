package nl.weerbaar.it.support;

import java.util.UUID;

/** Session bodies for the API with a title no other test uses. */
public final class SessionJsonFixture {

    private SessionJsonFixture() {
    }

    public static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String valid(String title) {
        return "{\"title\":\"" + title + "\",\"start\":\"2027-03-01T09:00:00\",\"end\":\"2027-03-02T16:00:00\","
                + "\"location\":\"Nieuwegein\",\"province\":\"Utrecht\",\"capacity\":8}";
    }
}
