package nl.weerbaar.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The support map carries the real numbers of the seeds. */
class SupportMapTest {

    @Test
    void theNumbersFromTheSeedsAreThere() {
        Map<String, String> phones = SupportMap.instances().stream().filter(i -> i.phone() != null)
                .collect(Collectors.toMap(SupportMap.Instance::id, SupportMap.Instance::phone));
        assertEquals("070-3738314", phones.get("ondersteuningsteam"));
        assertEquals("0800 2800 200", phones.get("vertrouwenslijn"));
        assertEquals("0418-683444", phones.get("ivp"));
        assertEquals("0900 8844", phones.get("politie"));
        assertEquals("030 751 67 99", phones.get("ccv"));
        assertEquals("070 373 83 98", phones.get("otav"));
        assertEquals("06-46835989", phones.get("bzk-vangnet"));
        assertTrue(SupportMap.instances().stream().allMatch(i -> !i.name().isBlank() && !i.when().isBlank()));
    }

    @Test
    void everyEntryNamesItsSourceAndTheFactsTheIssueCorrected() {
        Map<String, SupportMap.Instance> byId = SupportMap.instances().stream()
                .collect(Collectors.toMap(SupportMap.Instance::id, i -> i));
        assertTrue(byId.values().stream().allMatch(i -> !i.bron().isEmpty()), "every entry has a bron");
        assertTrue(byId.get("ivp").name().startsWith("Instituut voor Psychotrauma"), byId.get("ivp").name());
        assertTrue(byId.get("vertrouwenslijn").when().contains("10.00 tot 17.00"), "the Vertrouwenslijn is not 24/7");
        assertTrue(byId.get("ccv").when().contains("inclusief btw"));
        assertTrue(byId.get("bewaken-beveiligen").when().contains("HOvJ"));
        assertFalse(byId.get("bewaken-beveiligen").when().contains("driehoek"), "the driehoek does not decide on security");
    }
}
