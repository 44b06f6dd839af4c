package org.liaisonlog.logic.synthetic;

import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The one source of chance of a synthetic catalogue: every choice and every key comes from one
 * seeded {@link Random}, so the same seed gives the same catalogue (apart from the time stamps).
 */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }

    /**
     * An element picked with a bias towards the front of the list: the first tenth of the list
     * gets about half of the picks (as a few bodies and people turn up at most meetings).
     */
    <T> T pickSkewed(List<T> list) {
        double u = random.nextDouble();
        return list.get((int) (list.size() * u * u * u));
    }

    /** A random (version 4) key drawn from the seed rather than from the system's entropy. */
    UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
