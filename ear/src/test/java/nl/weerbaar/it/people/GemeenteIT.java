package nl.weerbaar.it.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.weerbaar.it.support.Deployments;
import nl.weerbaar.it.support.Http;

/** The 342 gemeenten that Flyway loads, by province. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GemeenteIT {

    private static final List<String> PROVINCES = List.of("Drenthe", "Flevoland", "Fryslân", "Gelderland",
            "Groningen", "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonArray list(String query) {
        HttpResponse<String> response = Http.api("deelnemer").get("api/gemeenten" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Http.array(response.body());
    }

    @Test
    void all342GemeentenAreLoadedAndEachLiesInOneOfTheTwelveProvinces() {
        JsonArray all = list("");
        assertEquals(342, all.size());
        int sum = 0;
        for (String province : PROVINCES) {
            JsonArray inProvince = list("?province=" + java.net.URLEncoder.encode(province, java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(inProvince.size() > 0, province);
            inProvince.getValuesAs(JsonObject.class).forEach(g -> assertEquals(province, g.getString("provincie")));
            sum += inProvince.size();
        }
        assertEquals(342, sum);
    }

    @Test
    void namesWithApostrophesAndCommasSurviveTheMigration() {
        List<String> names = list("?province=Zuid-Holland").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("naam")).toList();
        assertTrue(names.contains("'s-Gravenhage"), names.toString());
        assertTrue(list("?province=Noord-Brabant").getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getString("naam").equals("Nuenen, Gerwen en Nederwetten")
                        && g.getString("code").equals("GM0820") && g.getString("veiligheidsregio").equals("Brabant-Zuidoost")));
    }

    @Test
    void anUnknownProvinceIsABadRequestAndAnonymousIsChallenged() {
        assertEquals(400, Http.api("ngb").get("api/gemeenten?province=Holland").statusCode());
        assertEquals(401, Http.api(null).get("api/gemeenten").statusCode());
    }
}
