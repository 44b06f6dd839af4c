package org.liaisonlog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** What the benchmarks share: their "--name N" arguments, and removing the catalogue they built. */
final class BenchArgs {

    private BenchArgs() {
    }

    /**
     * The defaults overridden by arguments "--name N" (whole numbers that fit an int, or a long for
     * "seed"); null when an argument is unknown, lacks its value or is not such a number.
     */
    static Map<String, Long> parse(String[] args, Map<String, Long> defaults) {
        Map<String, Long> values = new HashMap<>(defaults);
        if (args.length % 2 != 0) {
            return null;
        }
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!values.containsKey(name)) {
                return null;
            }
            try {
                long value = Long.parseLong(args[i + 1]);
                if (!name.equals("seed") && value != (int) value) {
                    return null;
                }
                values.put(name, value);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return values;
    }

    static int intValue(Map<String, Long> values, String name) {
        return values.get(name).intValue();
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder, e);
        }
    }
}
