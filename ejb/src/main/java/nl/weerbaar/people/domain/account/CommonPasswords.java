package nl.weerbaar.people.domain.account;

import java.util.Locale;
import java.util.Set;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The passwords attackers try first: the 100,000 most common ones of the nbvcxz library's
 * dictionary (ASVS 2.1.7). A password is refused when it is one of them, whatever its case.
 */
public final class CommonPasswords {

    private static volatile Set<String> common;

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        return password != null && list().contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> list() {
        Set<String> known = common;
        if (known == null) {
            known = Set.copyOf(DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords).keySet());
            common = known;
        }
        return known;
    }
}
