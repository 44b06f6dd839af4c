package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.synthetic.SyntheticCatalogue;
import org.liaisonlog.logic.synthetic.SyntheticShape;
import org.liaisonlog.logic.synthetic.SyntheticSummary;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.JooqBulkWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log generate --events N … --catalogue DIR}: builds a synthetic catalogue of a
 * chosen size (for benchmarks, or to try the program at scale) into a new or empty catalogue.
 * It never writes into a catalogue that holds records.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = {"Builds a synthetic catalogue of realistic shape into a new or empty catalogue: events with"
                + " their attendance, people (a third written in Cyrillic, most with several spellings),"
                + " organisations, themes and trips, on top of the shipped reference data. The same seed gives"
                + " the same catalogue.",
            "Without --people and --organisations the usual proportions apply: half as many people and a fifth"
                + " as many organisations as events, 300 themes and a trip for every 30 events."},
        footer = {"", "Example (the search benchmark's size, a few minutes):",
            "  liaison-log generate --events 100000 --catalogue /tmp/synthetic"})
final class GenerateCommand implements Callable<Integer> {

    /** The most events one run builds: larger catalogues are not what the program is for. */
    private static final int MAX_EVENTS = 2_000_000;

    @ParentCommand
    Launcher launcher;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", required = true, description = "How many events.")
    int events;

    @Option(names = "--people", paramLabel = "N", description = "How many people (default: half the events).")
    Integer people;

    @Option(names = "--organisations", paramLabel = "N",
            description = "How many organisations, the 110 shipped ones included (default: a fifth of the events).")
    Integer organisations;

    @Option(names = "--years", paramLabel = "N", defaultValue = "25",
            description = "How many years up to 2024 the events span (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "The seed: the same seed gives the same catalogue (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "The folder of the new catalogue (created if missing); a catalogue there must be empty.")
    Path catalogue;

    @Override
    public Integer call() {
        SyntheticShape shape = shape();
        Path folder = catalogue != null ? catalogue : launcher == null ? null : launcher.catalogue;
        if (folder == null) {
            throw new ParameterException(spec.commandLine(), "name the new catalogue's folder with --catalogue DIR");
        }
        Logging.quiet();
        PrintWriter out = spec.commandLine().getOut();
        SyntheticSummary made;
        try (H2Catalogue opened = open(folder)) {
            if (!SyntheticCatalogue.holdsNoRecords(opened)) {
                throw new CommandFailure("the catalogue in " + folder
                        + " already holds records; generate writes only into a new or empty catalogue");
            }
            out.printf("Generating %,d events, %,d people, %,d organisations, %,d themes and %,d trips over %d years"
                    + " (seed %d) into %s%n", shape.events(), shape.people(), shape.organisations(), shape.themes(),
                    shape.trips(), shape.years(), shape.seed(), folder);
            out.flush();
            made = SyntheticCatalogue.fill(opened, JooqBulkWriter.into(opened), shape, line -> {
                out.println("  " + line);
                out.flush();
            });
        }
        long started = System.nanoTime();
        out.println("  compacting the catalogue file …");
        out.flush();
        JooqBulkWriter.compact(folder);
        double compacting = (System.nanoTime() - started) / 1e9;
        out.printf("  compacted in %.1f s%n", compacting);
        out.printf("Made %,d events with %,d attendance lines (%.1f an event), %,d people (%,d in Cyrillic,"
                        + " %,d with two or more other spellings), %,d organisations, %,d themes, %,d trips"
                        + " in %.1f s.%n",
                made.events(), made.attendance(), (double) made.attendance() / made.events(), made.people(),
                made.cyrillicPeople(), made.spelledPeople(), made.organisations(), made.themes(), made.trips(),
                made.seconds() + compacting);
        return 0;
    }

    private SyntheticShape shape() {
        if (events < 1 || events > MAX_EVENTS) {
            throw new ParameterException(spec.commandLine(), "--events must be between 1 and " + MAX_EVENTS);
        }
        if (people != null && people < 1 || organisations != null && organisations < 0) {
            throw new ParameterException(spec.commandLine(), "--people must be at least 1, --organisations at least 0");
        }
        if (years < 1 || years > 100) {
            throw new ParameterException(spec.commandLine(), "--years must be between 1 and 100");
        }
        SyntheticShape shape = SyntheticShape.of(events).withYears(years).withSeed(seed);
        if (people != null) {
            shape = shape.withPeople(people);
        }
        return organisations == null ? shape : shape.withOrganisations(organisations);
    }

    private static H2Catalogue open(Path folder) {
        try {
            return H2Catalogue.openForBulkWrite(folder);
        } catch (CatalogueInUseException e) {
            throw new CommandFailure(ExistingCatalogue.inUse(folder));
        } catch (CatalogueException e) {
            throw new CommandFailure("the catalogue in " + folder + " could not be opened or created");
        }
    }
}
