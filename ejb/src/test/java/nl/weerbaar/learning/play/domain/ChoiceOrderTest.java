package nl.weerbaar.learning.play.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChoiceOrderTest {

    private static final List<String> CHOICES = List.of("melden", "afwachten", "bellen", "negeren");

    @Test
    void theSameSeedGivesTheSameOrderAtANodeSoAResumedAttemptLooksAsSheLeftIt() {
        long seed = ChoiceOrder.newSeed();
        List<String> first = ChoiceOrder.of(seed).arrange("keuze1", CHOICES, Function.identity());
        List<String> again = ChoiceOrder.of(seed).arrange("keuze1", List.copyOf(CHOICES), Function.identity());
        assertEquals(first, again);
        assertEquals(Set.copyOf(CHOICES), Set.copyOf(first), "the same choices, only reordered");
        assertEquals(CHOICES.size(), first.size());
    }

    @Test
    void acrossManySeedsEveryChoiceIsShownFirstSometimes() {
        Map<String, Integer> first = new HashMap<>();
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 400; seed++) {
            List<String> order = ChoiceOrder.of(seed).arrange("keuze1", CHOICES, Function.identity());
            first.merge(order.get(0), 1, Integer::sum);
            orders.add(order);
        }
        for (String choice : CHOICES) {
            // 100 expected each; far below that would mean the shuffle favours a position.
            assertTrue(first.getOrDefault(choice, 0) > 60, choice + " first in " + first.get(choice) + " of 400: " + first);
        }
        assertEquals(24, orders.size(), "all 24 orders of four choices occur");
    }

    @Test
    void theOrderDependsOnTheNodeNotOnTheOrderInTheFile() {
        ChoiceOrder order = ChoiceOrder.of(42L);
        assertEquals(order.arrange("keuze1", CHOICES, Function.identity()),
                order.arrange("keuze1", List.of("negeren", "bellen", "afwachten", "melden"), Function.identity()));
        boolean differs = false;
        for (long seed = 0; seed < 20 && !differs; seed++) {
            ChoiceOrder o = ChoiceOrder.of(seed);
            differs = !o.arrange("keuze1", CHOICES, Function.identity()).equals(o.arrange("keuze2", CHOICES, Function.identity()));
        }
        assertTrue(differs, "two decisions of one attempt are not shuffled alike");
    }

    @Test
    void withoutASeedTheFileOrderStays() {
        assertEquals(CHOICES, ChoiceOrder.of(null).arrange("keuze1", CHOICES, Function.identity()));
        assertEquals(CHOICES, ChoiceOrder.FILE.arrange("keuze1", CHOICES, Function.identity()));
        assertNotEquals(ChoiceOrder.newSeed(), ChoiceOrder.newSeed(), "a fresh seed per attempt");
    }
}
