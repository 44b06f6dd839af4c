package org.liaisonlog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The command line of the window, read without picocli: at start every tenth of a second counts,
 * and picocli takes one to learn the program's commands. It recognises only the window's own
 * options, as {@link Launcher} declares them — {@code --catalogue DIR}, {@code --example},
 * {@code --language en|ru}, each also written {@code --name=value} — and answers "not only the
 * window's" for anything else, which then goes to picocli whole (commands, help, mistakes).
 */
final class WindowArguments {

    private WindowArguments() {
    }

    /**
     * What the arguments ask of the window, when they hold nothing but the window's options, well
     * formed; else empty (picocli then reads them: a command, help, or a mistake it explains).
     */
    static Optional<LaunchOptions> read(List<String> args) {
        Path catalogue = null;
        boolean example = false;
        String language = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            boolean takesValue = name.equals("--catalogue") || name.equals("--language");
            if (takesValue && value == null) {
                if (i + 1 >= args.size()) {
                    return Optional.empty();
                }
                value = args.get(++i);
            }
            if (!seen.add(name)) {
                return Optional.empty(); // picocli refuses an option given twice, and says so
            }
            switch (name) {
                case "--example" -> {
                    if (value != null) {
                        return Optional.empty();
                    }
                    example = true;
                }
                case "--language" -> {
                    if (!value.equals("en") && !value.equals("ru")) {
                        return Optional.empty();
                    }
                    language = value;
                }
                case "--catalogue" -> {
                    if (value.isEmpty() || value.startsWith("-")) {
                        return Optional.empty();
                    }
                    try {
                        catalogue = Path.of(value);
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new LaunchOptions(catalogue, example, language));
    }
}
