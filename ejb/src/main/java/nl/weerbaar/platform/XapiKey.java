package nl.weerbaar.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation's secret for pseudonyms in learning records: environment variable
 * {@value #ENVIRONMENT} (Base64), else the file {@value #FILE} in the data directory, created with
 * 32 random bytes and owner-only permissions at first use. Without the key nobody can tell whose a
 * pseudonym is; with it, the same participant always gets the same one.
 */
public final class XapiKey {

    public static final String ENVIRONMENT = "WEERBAAR_XAPI_KEY";
    static final String FILE = "xapi.key";
    private static final String HMAC = "HmacSHA256";

    private static volatile XapiKey installation;

    private final byte[] key;

    XapiKey(byte[] key) {
        if (key.length < 16) {
            throw new IllegalStateException(ENVIRONMENT + " must hold at least 16 bytes (Base64)");
        }
        this.key = key.clone();
    }

    /** The server's key, loaded once. */
    public static XapiKey installation() {
        XapiKey loaded = installation;
        if (loaded == null) {
            synchronized (XapiKey.class) {
                if (installation == null) {
                    installation = load(System.getenv(ENVIRONMENT), DataDirectory.root());
                }
                loaded = installation;
            }
        }
        return loaded;
    }

    /** The key configured as Base64, else the one in (or newly created in) the given data directory. */
    public static XapiKey load(String configured, Path dataDirectory) {
        if (configured != null && !configured.isBlank()) {
            return new XapiKey(Base64.getDecoder().decode(configured.strip()));
        }
        return new XapiKey(fromFile(dataDirectory.resolve(FILE)));
    }

    /** HMAC-SHA256 of the text under this key, lower case hex. */
    public String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    private static byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Path written = Files.createTempFile(file.getParent(), FILE, ".new");
            ownerOnly(written);
            Files.writeString(written, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
            try {
                publish(written, file);
                return fresh;
            } catch (FileAlreadyExistsException other) {
                // another server on the same data directory was first: use its key
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            } finally {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the xAPI key " + file, e);
        }
    }

    /** Puts the written key in place unless one is there: a hard link where the file system has them, else a move. */
    private static void publish(Path written, Path file) throws IOException {
        try {
            Files.createLink(file, written);
        } catch (FileAlreadyExistsException taken) {
            throw taken;
        } catch (IOException | UnsupportedOperationException noLinks) {
            Files.move(written, file);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
    }
}
