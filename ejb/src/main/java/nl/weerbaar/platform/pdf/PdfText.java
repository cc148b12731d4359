package nl.weerbaar.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measuring and wrapping text for a font, and keeping out what the font cannot show. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * Names may contain any Unicode; DejaVu Sans covers Latin, Greek and Cyrillic but not, say, Chinese:
     * a character without a glyph becomes '?' rather than failing the whole document. Whitespace becomes a
     * plain space, since control characters cannot be shown either.
     */
    public static String encodable(String text, PDFont font) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? " " : Character.toString(cp);
            sb.append(canEncode(font, ch) ? ch : "?");
        });
        return sb.toString();
    }

    public static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text in lines no wider than {@code maxWidth}; a single word wider than that (a long URL) is broken where it must. */
    public static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> result = new ArrayList<>();
        String line = "";
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                result.add(line);
            }
            while (width(word, font, size) > maxWidth) {
                int cut = 1;
                while (width(word.substring(0, cut + 1), font, size) <= maxWidth) {
                    cut++;
                }
                result.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line = word;
        }
        result.add(line);
        return result;
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
