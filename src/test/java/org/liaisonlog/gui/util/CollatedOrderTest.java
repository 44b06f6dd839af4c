package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Sorting text as the language does, with collation keys made once, ahead or on demand. */
class CollatedOrderTest {

    private static final List<String> WORDS = List.of("Émile", "emile", "Zebra", "apple", "Äpfel", "Ёлка", "елка",
            "Москва", "москва", "Yalta", "Ялта", "", "ähnlich", "Apple", "b");

    @Test
    void sortsAsTheLanguagesCollatorDoesWithAndWithoutPreparing() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            Collator collator = Collator.getInstance(locale);
            List<String> expected = new ArrayList<>(WORDS);
            expected.sort(collator);

            List<String> onDemand = new ArrayList<>(WORDS);
            onDemand.sort(new CollatedOrder(locale));
            assertThat(onDemand).as("keys made while sorting, %s", locale).containsExactlyElementsOf(expected);

            CollatedOrder prepared = new CollatedOrder(locale);
            prepared.prepare(WORDS);
            List<String> sorted = new ArrayList<>(WORDS);
            sorted.sort(prepared);
            assertThat(sorted).as("keys made ahead, %s", locale).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void nullsSortAsEmptyTextAndArePassedOverWhenPreparing() {
        CollatedOrder order = new CollatedOrder(Locale.ENGLISH);
        order.prepare(Arrays.asList("b", null, "a"));
        assertThat(order.compare(null, "")).isZero();
        assertThat(order.compare(null, "a")).isNegative();
        assertThat(order.compare("b", "a")).isPositive();
    }

    @Test
    void preparingInTheBackgroundWhileSortingGivesTheSameOrder() throws Exception {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            texts.add(WORDS.get(random.nextInt(WORDS.size())) + " " + random.nextInt(5_000));
        }
        List<String> expected = new ArrayList<>(texts);
        expected.sort(Collator.getInstance(Locale.ENGLISH));

        CollatedOrder order = new CollatedOrder(Locale.ENGLISH);
        CompletableFuture<Void> preparing = CompletableFuture.runAsync(() -> order.prepare(texts));
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(order);
        preparing.get();
        assertThat(sorted).containsExactlyElementsOf(expected);
        List<String> again = new ArrayList<>(texts);
        again.sort(order);
        assertThat(again).containsExactlyElementsOf(expected);
    }
}
