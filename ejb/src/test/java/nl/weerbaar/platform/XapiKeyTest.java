package nl.weerbaar.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XapiKeyTest {

    @TempDir
    Path data;

    @Test
    void withoutConfigurationAKeyFileOnlyTheOwnerCanReadIsCreatedOnceAndReused() throws Exception {
        XapiKey first = XapiKey.load(null, data);
        Path file = data.resolve(XapiKey.FILE);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(file).strip()).length);
        assertEquals(first.hmac("7"), XapiKey.load("", data).hmac("7"), "the next start reads the same key");
        try (var files = Files.list(data)) {
            assertEquals(1, files.count(), "no temporary file is left beside the key");
        }
    }

    @Test
    void theConfiguredKeyWinsAndNoFileIsWritten() {
        String configured = Base64.getEncoder().encodeToString("a configured secret key".getBytes());

        XapiKey key = XapiKey.load(configured, data);

        assertEquals(XapiKey.load(configured, data.resolve("elsewhere")).hmac("7"), key.hmac("7"));
        assertEquals(false, Files.exists(data.resolve(XapiKey.FILE)));
    }

    @Test
    void aTooShortConfiguredKeyIsRefused() {
        assertThrows(IllegalStateException.class, () -> XapiKey.load(Base64.getEncoder().encodeToString(new byte[4]), data));
    }
}
