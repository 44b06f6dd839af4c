package org.liaisonlog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.report.AttendanceOptions;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.logic.report.SignInOptions;
import org.liaisonlog.model.attendance.Capacity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log report attendance|signin|trip|summary …}: writes a report as PDF or CSV
 * without opening the window. The catalogue is opened for the report only and closed again.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Writes a report of the catalogue as PDF or CSV, without opening the window.",
        subcommands = {ReportCommand.Attendance.class, ReportCommand.SignIn.class, ReportCommand.TripReport.class,
                ReportCommand.Summary.class},
        footer = {"", "Examples:",
                "  liaison-log report attendance --out list.pdf Sixth Conference RATS",
                "  liaison-log report signin --lang ru --paper letter --out sheet.pdf 3f2a9c1e-…",
                "  liaison-log report summary --from 2018-01-01 --to 2018-12-31 --out 2018.csv"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a report: attendance, signin, trip or summary");
    }

    /** Opens the catalogue, builds the report, writes it and closes the catalogue again. */
    int run(ReportOptions options, Function<ReportService, ReportDocument> build) {
        Logging.quiet();
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        options.checkOut();
        ReportDocument document;
        try (Catalogue catalogue = options.openCatalogue()) {
            document = build.apply(new ReportService(catalogue));
        }
        options.write(document, System.out);
        return 0;
    }

    /** The one event or trip the user named, or a failure that lists what matched. */
    static UUID chosen(List<ReportTarget> found, String kind, List<String> words) {
        String asked = String.join(" ", words);
        if (found.isEmpty()) {
            throw new CommandFailure("no " + kind + " matches \"" + asked + "\"");
        }
        if (found.size() > 1) {
            throw new CommandFailure("\"" + asked + "\" matches " + found.size() + " " + kind + "s; name one by its id:",
                    found.stream().map(t -> t.id() + "  " + t.label()).toList());
        }
        return found.get(0).id();
    }

    /** What the reports share: this command above them, the options of every report, their command line. */
    abstract static class Subcommand implements Callable<Integer> {

        @ParentCommand
        ReportCommand report;

        @Spec
        CommandSpec spec;

        @Mixin
        ReportOptions options;

        /** Opens the catalogue, builds the report, writes it and closes the catalogue again. */
        int write(Function<ReportService, ReportDocument> build) {
            if (options.out.isBlank()) {
                throw wrong("--out must name a file, or - for standard output");
            }
            return report.run(options, build);
        }

        /** A wrong value of an option, said with the command's usage. */
        ParameterException wrong(String message) {
            return new ParameterException(spec.commandLine(), message);
        }
    }

    @Command(name = "attendance", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
            description = "The list of participants of an event, grouped by capacity, with counts.")
    static final class Attendance extends Subcommand {

        @Parameters(arity = "1..*", paramLabel = "EVENT", description = "The event's id, or words of its title.")
        List<String> event;

        @Option(names = "--no-people", description = "List organisations only, without their people.")
        boolean noPeople;

        @Option(names = "--include-absent", description = "Also list those marked absent or excused.")
        boolean includeAbsent;

        @Option(names = "--groups", split = ",", paramLabel = "GROUP",
                description = "The order of the groups, e.g. host,organiser,member_state (those left out follow"
                        + " in the usual order). Groups: ${COMPLETION-CANDIDATES}.")
        List<Capacity> groups;

        @Override
        public Integer call() {
            return write(service -> {
                UUID id = chosen(service.findEvents(String.join(" ", event)), "event", event);
                List<Capacity> order = groups == null ? List.of(Capacity.values()) : groups;
                return service.attendance(id, new AttendanceOptions(options.locale(), order, !noPeople, includeAbsent));
            });
        }
    }

    @Command(name = "signin", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
            description = "A sign-in sheet for an event: the expected participants with room to sign.")
    static final class SignIn extends Subcommand {

        @Parameters(arity = "1..*", paramLabel = "EVENT", description = "The event's id, or words of its title.")
        List<String> event;

        @Option(names = "--blank-rows", paramLabel = "N", defaultValue = "10",
                description = "Empty rows for people who come unannounced (default: ${DEFAULT-VALUE}).")
        int blankRows;

        @Override
        public Integer call() {
            if (blankRows < 0 || blankRows > 500) {
                throw wrong("--blank-rows must be between 0 and 500");
            }
            return write(service -> {
                UUID id = chosen(service.findEvents(String.join(" ", event)), "event", event);
                return service.signIn(id, new SignInOptions(options.locale(), blankRows));
            });
        }
    }

    @Command(name = "trip", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
            description = "The mission report of a trip: travellers, legs, purpose, events attended and the report.")
    static final class TripReport extends Subcommand {

        @Parameters(arity = "1..*", paramLabel = "TRIP", description = "The trip's id, or words of its purpose.")
        List<String> trip;

        @Override
        public Integer call() {
            return write(service -> {
                UUID id = chosen(service.findTrips(String.join(" ", trip)), "trip", trip);
                return service.trip(id, options.locale());
            });
        }
    }

    @Command(name = "summary", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
            description = "Trips and events of a period by month, with counts by country, theme and organisation.")
    static final class Summary extends Subcommand {

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "The first day.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "The last day.")
        LocalDate to;

        @Override
        public Integer call() {
            if (to.isBefore(from)) {
                throw wrong("--to must not be before --from");
            }
            return write(service -> service.summary(from, to, options.locale()));
        }
    }
}
