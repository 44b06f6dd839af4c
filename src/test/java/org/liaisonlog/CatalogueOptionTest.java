package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CatalogueOption} in every command that works on an existing catalogue: the folder named
 * on the command wins, else the one named on the main command line is used, also two levels down
 * ({@code bench search}) and inside another mixin ({@code report …}); a folder without a catalogue
 * is one plain line and exit status 1.
 */
class CatalogueOptionTest {

    @TempDir
    Path temp;

    private StringWriter err;

    /** Each command's words after the main command line, without --catalogue. */
    static Stream<List<String>> commands() {
        return Stream.of(List.of("backup"), List.of("check"), List.of("check", "--quick"), List.of("compact"),
                List.of("encrypt"), List.of("decrypt"), List.of("passwd"), List.of("search", "Tashkent"),
                List.of("bench", "search"), List.of("report", "summary", "--from", "2018-01-01", "--to",
                        "2018-12-31", "--out", "-"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theMainCommandLinesFolderIsUsedWhenTheCommandNamesNone(List<String> command) {
        Path main = temp.resolve("main");
        List<String> args = new ArrayList<>(List.of("--catalogue", main.toString()));
        args.addAll(command);

        assertThat(run(args)).as("stderr: %s", err).isEqualTo(1);
        assertThat(err.toString()).startsWith("liaison-log: there is no catalogue in " + main);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theFolderOnTheCommandWinsOverTheMainCommandLines(List<String> command) {
        Path main = temp.resolve("main");
        Path own = temp.resolve("own");
        List<String> args = new ArrayList<>(List.of("--catalogue", main.toString()));
        args.addAll(command);
        args.addAll(List.of("--catalogue", own.toString()));

        assertThat(run(args)).as("stderr: %s", err).isEqualTo(1);
        assertThat(err.toString()).startsWith("liaison-log: there is no catalogue in " + own)
                .doesNotContain(main.toString());
    }

    private int run(List<String> args) {
        err = new StringWriter();
        var commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args.toArray(String[]::new));
    }
}
