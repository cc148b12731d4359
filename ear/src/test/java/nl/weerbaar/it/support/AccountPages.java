package nl.weerbaar.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the second-step and account pages show once: the new TOTP secret and a new access token. */
public final class AccountPages {

    /** The Base32 key beside the QR code while a second factor is being set up. */
    public static final Pattern SECRET = Pattern.compile("id=\"geheim\"[^>]*>([A-Z2-7]+)<");
    /** A token just made on the account page. */
    public static final Pattern TOKEN = Pattern.compile("id=\"token\"[^>]*>(wb_[A-Za-z0-9_-]+)<");

    private AccountPages() {
    }

    /** Makes a personal access token on the account page of this logged-in browser, as its owner would. */
    public static String makeToken(Http browser, String label, int days) {
        String account = browser.get("account.xhtml").body();
        Map<String, String> make = new LinkedHashMap<>();
        make.put("tokenForm", "tokenForm");
        make.put("tokenForm:label", label);
        make.put("tokenForm:days", String.valueOf(days));
        make.put("tokenForm:maken", "");
        String made = browser.postBack("account.xhtml", account, make).body();
        Matcher token = TOKEN.matcher(made);
        assertTrue(token.find(), made);
        return token.group(1);
    }
}
