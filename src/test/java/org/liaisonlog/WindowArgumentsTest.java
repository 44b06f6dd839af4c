package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The window's command line read without picocli reads as picocli reads it, and nothing else passes. */
class WindowArgumentsTest {

    @Test
    void theWindowsOptionsReadAsPicocliReadsThem() {
        List<List<String>> lines = List.of(
                List.of(),
                List.of("--example"),
                List.of("--catalogue", "/tmp/some folder/catalogue"),
                List.of("--catalogue=relative/dir", "--language", "ru"),
                List.of("--language=en", "--example", "--catalogue", "x"));
        for (List<String> line : lines) {
            Launcher picocli = new Launcher();
            new CommandLine(picocli).parseArgs(line.toArray(String[]::new));
            assertThat(WindowArguments.read(line)).as(line.toString())
                    .contains(new LaunchOptions(picocli.catalogue, picocli.example, picocli.language));
        }
        assertThat(WindowArguments.read(List.of("--catalogue", "/tmp/c")).orElseThrow().catalogue())
                .isEqualTo(Path.of("/tmp/c"));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        List<List<String>> lines = List.of(
                List.of("report", "attendance"),
                List.of("--catalogue", "x", "search", "Tashkent"),
                List.of("--help"),
                List.of("-h"),
                List.of("--version"),
                List.of("--language", "fr"),
                List.of("--language"),
                List.of("--catalogue"),
                List.of("--catalogue", "--example"),
                List.of("--catalogue="),
                List.of("--example=true"),
                List.of("--examples"),
                List.of("-x"),
                List.of("--catalogue", "a", "--catalogue", "b"),
                List.of("--language", "en", "--language=ru"),
                List.of("--example", "--example"),
                List.of("Tashkent"));
        for (List<String> line : lines) {
            assertThat(WindowArguments.read(line)).as(line.toString()).isEmpty();
        }
    }
}
