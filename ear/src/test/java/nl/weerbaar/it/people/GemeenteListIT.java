package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** NGB replaces the list of gemeenten after a merger; participants keep their (old) gemeente. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GemeenteListIT {

    private static final String HEADER = "gemeentecode,gemeente,veiligheidsregio_code,veiligheidsregio,provincie";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static List<JsonObject> active() {
        return Http.array(Http.api("ngb").get("api/gemeenten").body()).getValuesAs(JsonObject.class);
    }

    private static String line(JsonObject g) {
        String naam = g.getString("naam");
        return String.join(",", g.getString("code"), naam.contains(",") ? "\"" + naam + "\"" : naam,
                g.getString("veiligheidsregioCode"), g.getString("veiligheidsregio"), g.getString("provincie"));
    }

    private static HttpResponse<String> upload(String csv) {
        return Http.api("ngb").postBytes("api/imports/gemeenten", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aMergerRetiresTheOldGemeentenWithoutLosingParticipantsAndBadListsChangeNothing() {
        List<JsonObject> original = active();
        assertEquals(342, original.size());
        String json = "{\"name\":\"Raadslid Aa en Hunze\",\"email\":\"r-" + UUID.randomUUID() + "@example.nl\","
                + "\"office\":\"raadslid\",\"gemeentecode\":\"GM1680\",\"inOfficeSince\":\"2022-03-30\"}";
        HttpResponse<String> registered = Http.api("ngb").postJson("api/participants", json);
        assertEquals(201, registered.statusCode(), registered.body());
        long participant = Http.object(registered.body()).getJsonNumber("id").longValue();

        String merged = HEADER + "\n" + original.stream()
                .filter(g -> !Set.of("GM1680", "GM0059").contains(g.getString("code")))
                .map(GemeenteListIT::line).collect(Collectors.joining("\n"))
                + "\nGM9001,Nieuwe Gemeente,VR03,Drenthe,Drenthe\n";
        try {
            HttpResponse<String> replaced = upload(merged);
            assertEquals(200, replaced.statusCode(), replaced.body());
            JsonObject result = Http.object(replaced.body());
            assertEquals(1, result.getInt("added"));
            assertEquals(340, result.getInt("updated"));
            assertEquals(2, result.getInt("retired"));
            Set<String> codes = active().stream().map(g -> g.getString("code")).collect(Collectors.toSet());
            assertEquals(341, codes.size());
            assertTrue(codes.contains("GM9001"));
            assertFalse(codes.contains("GM1680"));

            JsonObject still = Http.object(Http.api("ngb").get("api/participants/" + participant).body());
            assertEquals("Aa en Hunze", still.getString("gemeente"), "the link to the old gemeente stays");
            HttpResponse<String> newcomer = Http.api("ngb").postJson("api/participants",
                    json.replace("r-", "r2-"));
            assertEquals(400, newcomer.statusCode());
            assertEquals("gemeentecode", Http.object(newcomer.body()).getString("field"));

            HttpResponse<String> badHeader = upload("code,naam\nGM0001,X\n");
            assertEquals(400, badHeader.statusCode());
            HttpResponse<String> badRows = upload(HEADER + "\nGM9002,Ergens,VR03,Drenthe,Holland\nXX12,Fout,VR03,Drenthe,Drenthe\n");
            assertEquals(400, badRows.statusCode());
            Set<Integer> lines = Http.object(badRows.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getInt("row")).collect(Collectors.toSet());
            assertEquals(Set.of(2, 3), lines);
            assertEquals(341, active().size(), "a refused list changes nothing");
            assertEquals(403, Http.api("bzk").postBytes("api/imports/gemeenten", merged.getBytes(StandardCharsets.UTF_8)).statusCode());
        } finally {
            String restore = HEADER + "\n" + original.stream().map(GemeenteListIT::line).collect(Collectors.joining("\n")) + "\n";
            assertEquals(200, upload(restore).statusCode());
        }
        assertEquals(342, active().size());
    }
}
