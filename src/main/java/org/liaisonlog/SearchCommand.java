package org.liaisonlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.Marked;
import org.liaisonlog.logic.search.QueryProblem;
import org.liaisonlog.logic.search.Range;
import org.liaisonlog.logic.search.SearchFilters;
import org.liaisonlog.logic.search.SearchHit;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log search QUERY [--limit N] [--json]}: searches the catalogue as the search
 * screen does and prints the results grouped by kind, best first, without opening the window.
 */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Searches the catalogue and prints the results grouped by kind, best first, as the search"
                + " screen ranks them. Matching words are shown in [brackets].",
        footer = {"", "Query syntax: words (all must match; the last also as a prefix; case, accents and"
                + " punctuation do not matter; Cyrillic and Latin spellings find each other; a letter or two off"
                + " still matches), \"a phrase\", -word (without), a OR b, theme:word, org:word, country:word,"
                + " year:2018, year:2015-2018.", "", "Examples:",
                "  liaison-log search Tashkent",
                "  liaison-log search --json --limit 5 \"org:UNODC year:2015-2018\"",
                "  liaison-log search Пустовитов"})
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "At most N results of each kind (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.",
            parameterConsumer = QueryWord.class)
    List<String> query;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 1000) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 1000");
        }
        String text = String.join(" ", query);
        QueryProblem.in(text).ifPresent(problem -> {
            throw new ParameterException(spec.commandLine(), describe(problem));
        });
        Logging.quiet();
        SearchResults results;
        try (Catalogue opened = catalogue.open();
             CatalogueSearch search = new CatalogueSearch(opened)) {
            search.startBuilding();
            if (!search.awaitReady(Duration.ofMinutes(10))) {
                throw new CommandFailure("the search index could not be built");
            }
            results = search.search(new SearchRequest(text, SearchFilters.NONE, limit));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(results));
        } else {
            print(results, out);
        }
        out.flush();
        return 0;
    }

    /** What is wrong with a field of the query, in one line. */
    static String describe(QueryProblem problem) {
        return switch (problem.kind()) {
            case NOT_A_YEAR -> "'" + problem.written() + "' is not a year: write year:2018 or year:2015-2018";
            case YEAR_LEFT_OUT -> "'" + problem.written() + "': a year can be chosen (year:2018), not left out";
            case NO_WORD -> "'" + problem.written() + "' has no word right after its colon: write "
                    + problem.field() + ":word, without a space";
        };
    }

    static void print(SearchResults results, PrintWriter out) {
        if (results.isEmpty()) {
            out.println("Nothing found.");
            return;
        }
        for (SearchResults.Group group : results.groups()) {
            out.println(group.kind() + " (" + group.hits().size() + " of " + group.total() + ")");
            for (SearchHit hit : group.hits()) {
                out.println("  " + brackets(hit.title()));
                if (!hit.detail().isEmpty()) {
                    out.println("    " + hit.detail());
                }
                if (!hit.snippet().isEmpty()) {
                    out.println("    " + brackets(hit.snippet()));
                }
                out.println("    id " + hit.id());
            }
        }
    }

    /** The text with its marked words in [brackets]. */
    static String brackets(Marked marked) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (Range range : marked.marks()) {
            text.append(marked.text(), at, range.start()).append('[')
                    .append(marked.text(), range.start(), range.end()).append(']');
            at = range.end();
        }
        return text.append(marked.text().substring(at)).toString();
    }

    static String json(SearchResults results) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("indexState", results.state().phase().name());
        ArrayNode groups = root.putArray("groups");
        for (SearchResults.Group group : results.groups()) {
            ObjectNode g = groups.addObject();
            g.put("kind", group.kind().name());
            g.put("total", group.total());
            ArrayNode hits = g.putArray("hits");
            for (SearchHit hit : group.hits()) {
                ObjectNode h = hits.addObject();
                h.put("id", hit.id().toString());
                h.put("title", hit.title().text());
                h.put("detail", hit.detail());
                h.put("snippet", hit.snippet().text());
                h.put("score", hit.score());
                marks(h.putArray("titleMarks"), hit.title());
                marks(h.putArray("snippetMarks"), hit.snippet());
            }
        }
        return mapper.writeValueAsString(root);
    }

    private static void marks(ArrayNode array, Marked marked) {
        for (Range range : marked.marks()) {
            array.addArray().add(range.start()).add(range.end());
        }
    }

    /**
     * Takes the query's words one at a time as they come, "-word" (that word left out) too: picocli
     * itself would not give the query a first word that begins with "-" even when told to take
     * words it does not know as options for the query's. A "--word" is a mistyped option.
     */
    static final class QueryWord implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<String> words = argSpec.getValue();
            if (words == null) {
                words = new ArrayList<>();
                argSpec.setValue(words);
            }
            String word = args.pop();
            if (word.startsWith("--")) {
                throw new ParameterException(commandSpec.commandLine(), "Unknown option: '" + word + "'");
            }
            words.add(word);
        }
    }
}
