package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.persistence.H2Catalogue;

/** {@code liaison-log search …} run in-process as {@code main} runs it, on the example catalogue. */
class SearchCommandTest {

    @TempDir
    static Path temp;

    private static Path catalogue;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createCatalogue() {
        catalogue = temp.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            FirstStart.prepare(opened);
            ExampleCatalogue.loadInto(opened);
        }
    }

    private int run(String... args) {
        var commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void printsTheResultsGroupedByKindWithTheMatchesMarked() {
        int status = run("search", "--catalogue", catalogue.toString(), "Пустовитов");

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("PERSON (1 of 1)", "  Grigory [Pustovitov]", "EVENT");
    }

    @Test
    void printsJson() throws Exception {
        int status = run("--catalogue", catalogue.toString(), "search", "--json", "--limit", "1", "Tash");

        assertThat(status).as("stderr: %s", err).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("indexState").asText()).isEqualTo("READY");
        assertThat(root.get("groups")).isNotEmpty();
        JsonNode event = null;
        for (JsonNode group : root.get("groups")) {
            assertThat(group.get("hits")).hasSize(1);
            if (group.get("kind").asText().equals("EVENT")) {
                event = group.get("hits").get(0);
            }
        }
        assertThat(event).isNotNull();
        assertThat(event.get("detail").asText()).contains("Tashkent");
    }

    @Test
    void nothingFoundIsSaid() {
        assertThat(run("search", "--catalogue", catalogue.toString(), "zzxxqq")).isZero();
        assertThat(out.toString()).contains("Nothing found.");
    }

    @Test
    void aMissingCatalogueIsOnePlainLineAndAFailure() {
        int status = run("search", "--catalogue", temp.resolve("none").toString(), "x");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("liaison-log: there is no catalogue in");
    }

    @Test
    void aBadLimitIsACommandLineError() {
        assertThat(run("search", "--catalogue", catalogue.toString(), "--limit", "0", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit must be between 1 and 1000");
    }

    @Test
    void aWordWithAMinusIsLeftOutAsTheQuerySyntaxSays() {
        int status = run("search", "--catalogue", catalogue.toString(), "Pustovitov", "-conference");

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("PERSON (1 of 1)").doesNotContain("EVENT", "TRIP");
    }

    @Test
    void aQueryOfOnlyExcludedWordsIsAQueryNotAMissingOne() {
        assertThat(run("search", "--catalogue", catalogue.toString(), "-Vienna", "-hotel")).as("stderr: %s", err)
                .isZero();
        assertThat(out.toString()).contains("Nothing found.");
    }

    @Test
    void theCommandsOwnOptionsStillCountAfterTheQuery() {
        assertThat(run("search", "--catalogue", catalogue.toString(), "Tash", "--limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--limit must be between 1 and 1000");
    }

    @Test
    void aMistypedOptionIsStillACommandLineError() {
        assertThat(run("search", "--catalogue", catalogue.toString(), "--limt", "3", "Tash")).isEqualTo(2);
        assertThat(err.toString()).startsWith("liaison-log: Unknown option: '--limt'");
    }

    @Test
    void noQueryIsStillACommandLineError() {
        assertThat(run("search", "--catalogue", catalogue.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("liaison-log: Missing required parameter: 'QUERY'");
    }

    @Test
    void aYearThatIsNotAYearIsOneLineAndACommandLineError() {
        int status = run("search", "--catalogue", catalogue.toString(), "year:abc");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).hasSize(1).first().asString()
                .startsWith("liaison-log: 'year:abc' is not a year: write year:2018 or year:2015-2018");
    }

    @Test
    void aFieldWithNoWordOrALeftOutYearIsACommandLineError() {
        assertThat(run("search", "--catalogue", catalogue.toString(), "theme:", "drugs")).isEqualTo(2);
        assertThat(run("search", "--catalogue", catalogue.toString(), "Tashkent", "-year:2018")).isEqualTo(2);

        assertThat(err.toString().lines().toList()).containsExactly(
                "liaison-log: 'theme:' has no word right after its colon: write theme:word, without a space"
                        + " (see liaison-log search --help)",
                "liaison-log: '-year:2018': a year can be chosen (year:2018), not left out"
                        + " (see liaison-log search --help)");
    }
}
