package nl.weerbaar.people.application.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaar.people.domain.account.SecondFactor;
import nl.weerbaar.people.domain.account.SecondFactorRepository;
import nl.weerbaar.platform.Amsterdam;
import nl.weerbaar.platform.Sha256;
import nl.weerbaar.platform.SecretBox;
import nl.weerbaar.platform.security.Roles;

/**
 * The second factor: TOTP codes (RFC 6238: HMAC-SHA1, 6 digits, 30 seconds) from an authenticator
 * app, with ten single-use recovery codes. Mandatory for staff, optional for participants. A code is
 * accepted once, from the step before to the step after the server's clock (for clocks that drift).
 * The login-time methods run before anyone is logged in, so they are open; the web layer calls them
 * only for the user whose password it has just verified.
 */
@Stateless
@PermitAll
public class SecondFactors {

    /** What an authenticator app needs: the secret (Base32), its otpauth:// address and that as a QR image. */
    public record Setup(String secret, String address, String qrImage) {
    }

    public static final String ISSUER = "Weerbaar";
    static final int RECOVERY_CODES = 10;
    private static final int PERIOD_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock clock = Clock.systemUTC();

    @Inject
    private SecondFactorRepository factors;

    /** Whether this login must pass the second step: always for staff, for others once they set it up. */
    public boolean required(String username, java.util.Collection<String> roles) {
        return Roles.includeStaff(roles) || isEnrolled(username);
    }

    public boolean isEnrolled(String username) {
        return factors.of(username).map(SecondFactor::isConfirmed).orElse(false);
    }

    /** Starts (or continues) setting up: the same unconfirmed secret until a code confirms it. */
    public Setup begin(String username) {
        SecondFactor factor = factors.of(username).orElse(null);
        if (factor != null && factor.isConfirmed()) {
            throw new IllegalStateException(username + " already has a second factor");
        }
        if (factor == null) {
            factor = new SecondFactor(username, SecretBox.seal(new DefaultSecretGenerator(32).generate()));
            factors.store(factor);
        }
        return setup(username, SecretBox.open(factor.getSecretSealed()));
    }

    /** Confirms the set-up with a first code; answers the recovery codes, to be shown once; empty if the code is wrong. */
    public Optional<List<String>> confirm(String username, String code) {
        SecondFactor factor = factors.lockForCheck(username).filter(f -> !f.isConfirmed()).orElse(null);
        if (factor == null) {
            return Optional.empty();
        }
        Optional<Long> step = matchingStep(SecretBox.open(factor.getSecretSealed()), code, -1);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        factor.confirm(Amsterdam.now(), step.get());
        List<String> recovery = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String plain = recoveryCode();
            recovery.add(plain);
            hashes.add(Sha256.hex(plain));
        }
        factors.replaceRecoveryCodes(username, hashes);
        return Optional.of(recovery);
    }

    /** Checks a code from the app (each accepted once) or an unused recovery code (then used up). */
    public boolean verify(String username, String code) {
        SecondFactor factor = factors.lockForCheck(username).filter(SecondFactor::isConfirmed).orElse(null);
        if (factor == null || code == null) {
            return false;
        }
        String typed = code.strip().toLowerCase(Locale.ROOT);
        if (typed.matches("\\d{6}")) {
            Optional<Long> step = matchingStep(SecretBox.open(factor.getSecretSealed()), typed, factor.getLastStep());
            return step.isPresent() && factor.use(step.get());
        }
        return factors.recoveryCode(username, Sha256.hex(typed)).map(c -> c.use(Amsterdam.now())).orElse(false);
    }

    /** An administrator removes someone's second factor (lost phone); staff set up a new one at the next login. */
    @RolesAllowed(Roles.ADMIN)
    public boolean reset(String username) {
        boolean had = factors.of(username).isPresent();
        factors.remove(username);
        return had;
    }

    /** For the demo server only: a confirmed second factor with a known secret. */
    public void enrolWithKnownSecret(String username, String secret) {
        factors.remove(username);
        SecondFactor factor = new SecondFactor(username, SecretBox.seal(secret));
        factor.confirm(Amsterdam.now(), 0);
        factors.store(factor);
    }

    private Optional<Long> matchingStep(String secret, String code, long usedUpTo) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (step > usedUpTo && MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        code.strip().getBytes(StandardCharsets.US_ASCII))) {
                    return Optional.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("a stored secret is not Base32", e);
            }
        }
        return Optional.empty();
    }

    static Setup setup(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return new Setup(secret, data.getUri(), Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("the QR code of an otpauth address could not be drawn", e);
        }
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
        }
        return code.toString();
    }

}
