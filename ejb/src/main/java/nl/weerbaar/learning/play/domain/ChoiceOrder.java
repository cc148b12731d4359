package nl.weerbaar.learning.play.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order in which an attempt shows a decision's choices: a shuffle derived from the attempt's
 * random seed and the node id alone, so the same attempt always shows the same order (a resumed
 * attempt looks as she left it) and a new attempt shows another. Each choice is ranked by a SHA-256
 * of (seed, node, choice), so the order depends on no JDK's shuffle and not on the order in the file.
 * Without a seed (attempts made before choices were shuffled) the file's order stays.
 */
public final class ChoiceOrder {

    /** The file's order: for attempts without a seed, and for the trainers' preview. */
    public static final ChoiceOrder FILE = new ChoiceOrder(null);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Long seed;

    private ChoiceOrder(Long seed) {
        this.seed = seed;
    }

    public static ChoiceOrder of(Long seed) {
        return seed == null ? FILE : new ChoiceOrder(seed);
    }

    /** A fresh seed for a new attempt. */
    public static long newSeed() {
        return RANDOM.nextLong();
    }

    /** The items (a decision's choices, named by {@code id}) in this attempt's order at the node. */
    public <T> List<T> arrange(String nodeId, List<T> items, Function<T, String> id) {
        if (seed == null) {
            return List.copyOf(items);
        }
        return items.stream().sorted(Comparator.comparingLong((T item) -> rank(nodeId, id.apply(item)))
                .thenComparing(id::apply)).toList();
    }

    private long rank(String nodeId, String choiceId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            sha.update(nodeId.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(choiceId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
