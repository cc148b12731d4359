package nl.weerbaar.it.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Codes of a TOTP authenticator (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), computed here
 * from the RFC and not with the library the server uses, so the test proves the server speaks the
 * standard an authenticator app speaks. The server accepts each step's code once, from the step
 * before to the step after its clock; {@link #nextCode} hands out codes no earlier test used.
 */
public final class Totp {

    /** The second-factor secret of every demo staff account, as the README publishes it. */
    public static final String DEMO_SECRET = "WEERBAARDEMO2FA7";
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private Totp() {
    }

    /** The code of a time step (RFC 4226 dynamic truncation). */
    public static String code(String base32Secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    public static long stepNow() {
        return Instant.now().getEpochSecond() / 30;
    }

    /**
     * A code for this account that the server has not seen yet: the previous (early in a step),
     * current or next step's (the server accepts all three, each once); waits for the clock when
     * they are used.
     */
    public static synchronized String nextCode(String username, String base32Secret) {
        while (true) {
            long seconds = Instant.now().getEpochSecond();
            long now = seconds / 30;
            long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
            // The previous step's code is still accepted only until this step ends: late in a step
            // it might reach the server after the clock has moved on, so it is then skipped.
            long earliest = seconds % 30 < 15 ? now - 1 : now;
            long step = Math.max(earliest, last + 1);
            if (step <= now + 1) {
                LAST_STEP.put(username, step);
                return code(base32Secret, step);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A demo staff account's next code. */
    public static String demoCode(String username) {
        return nextCode(username, DEMO_SECRET);
    }
}
