package nl.weerbaar.learning.records.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.platform.XapiKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearningRecordsActorTest {

    @TempDir
    Path data;

    @Test
    void actorIsAnAccountOnThisInstallationNamedByAKeyedHashOfTheParticipantId() throws Exception {
        XapiKey key = XapiKey.load(Base64.getEncoder().encodeToString(new byte[32]), data);

        JsonObject actor = LearningRecords.actor("https://weerbaar.example", key, 42);

        assertEquals(Set.of("objectType", "account"), actor.keySet(), "no mbox, mbox_sha1sum, openid or name");
        assertEquals("Agent", actor.getString("objectType"));
        JsonObject account = actor.getJsonObject("account");
        assertEquals(Set.of("homePage", "name"), account.keySet());
        assertEquals("https://weerbaar.example", account.getString("homePage"));
        assertEquals(hmacSha256(new byte[32], "42"), account.getString("name"));
        assertEquals(account.getString("name"), LearningRecords.actor("https://weerbaar.example", key, 42)
                .getJsonObject("account").getString("name"), "the same participant keeps her pseudonym");
        assertNotEquals(account.getString("name"), LearningRecords.actor("https://weerbaar.example", key, 43)
                .getJsonObject("account").getString("name"));
    }

    @Test
    void anotherInstallationsKeyGivesAnotherPseudonym() {
        XapiKey one = XapiKey.load(Base64.getEncoder().encodeToString(new byte[32]), data);
        byte[] other = new byte[32];
        other[0] = 1;
        XapiKey two = XapiKey.load(Base64.getEncoder().encodeToString(other), data);

        assertNotEquals(one.hmac("42"), two.hmac("42"));
    }

    private static String hmacSha256(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
