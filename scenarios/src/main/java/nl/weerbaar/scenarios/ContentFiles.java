package nl.weerbaar.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The content files of this module in their languages: the Dutch original at {@code <root><name>},
 * an English version, where one was written, at {@code <root>en/<name>} with the same structure.
 * Dutch is the authored language, so every file exists in Dutch and English falls back to it.
 */
final class ContentFiles {

    static final String ROOT = "/scenarios/";

    private ContentFiles() {
    }

    /** A file's text and the language it is in ({@code nl} or {@code en}). */
    record Localized(String text, String language) {
    }

    /** The file in the language asked for: English when asked and written, Dutch otherwise. */
    static Localized localized(String root, String name, Locale wanted) {
        if (ContentLanguage.isEnglish(wanted)) {
            Optional<String> english = read(root + ContentLanguage.ENGLISH + "/" + name);
            if (english.isPresent()) {
                return new Localized(english.get(), ContentLanguage.ENGLISH);
            }
        }
        return new Localized(dutch(root, name), ContentLanguage.DUTCH);
    }

    /** The language {@link #localized} gives, without reading the file. */
    static String language(String root, String name, Locale wanted) {
        return ContentLanguage.isEnglish(wanted) && ContentFiles.class.getResource(root + ContentLanguage.ENGLISH + "/" + name) != null
                ? ContentLanguage.ENGLISH : ContentLanguage.DUTCH;
    }

    static String dutch(String root, String name) {
        return read(root + name).orElseThrow(() -> new IllegalArgumentException("no content file " + root + name));
    }

    static Optional<String> english(String root, String name) {
        return read(root + ContentLanguage.ENGLISH + "/" + name);
    }

    private static Optional<String> read(String path) {
        try (InputStream in = ContentFiles.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
