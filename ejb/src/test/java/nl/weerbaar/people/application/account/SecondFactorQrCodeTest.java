package nl.weerbaar.people.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The QR code shown at set-up, read back as an authenticator app's camera would: the PNG is decoded
 * by ImageIO and ZXing's reader (a different path from the writer that drew it), and must carry the
 * otpauth:// address with the account's secret (RFC 6238 key-URI format).
 */
class SecondFactorQrCodeTest {

    @Test
    void theQrCodeOnTheSetUpPageDecodesToTheOtpauthAddressWithTheSecret() throws Exception {
        SecondFactors.Setup setup = SecondFactors.setup("wethouder-utrecht", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        String prefix = "data:image/png;base64,";
        assertTrue(setup.qrImage().startsWith(prefix), setup.qrImage().substring(0, 30));
        byte[] png = Base64.getDecoder().decode(setup.qrImage().substring(prefix.length()));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));

        String text = read.getText();
        assertEquals(setup.address(), text, "the picture says what the page writes beside it");
        URI uri = URI.create(text);
        assertEquals("otpauth", uri.getScheme());
        assertEquals("totp", uri.getHost());
        assertEquals("/wethouder-utrecht", uri.getPath(), "the account as label; the issuer is its own parameter");
        Map<String, String> query = java.util.Arrays.stream(uri.getQuery().split("&"))
                .map(p -> p.split("=", 2)).collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1]));
        assertEquals("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", query.get("secret"));
        assertEquals("Weerbaar", query.get("issuer"));
        assertEquals("6", query.get("digits"));
        assertEquals("30", query.get("period"));
        assertEquals("SHA1", query.get("algorithm"));
    }
}
