package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The program's entry point and its one command line. Without a command it opens the window;
 * with one ({@code report …}) it does that command's work headless, without starting JavaFX,
 * and exits: 0 when done, 1 when the work failed, 2 for a command line it cannot read. Errors
 * are one plain line on stderr. Not a JavaFX {@code Application}, so the program starts from a
 * plain class path ({@code java -jar}).
 */
@Command(name = "liaison-log", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Liaison Log: a catalogue of official trips, conferences, attendees and themes."
                + " Without a command it opens the window.")
public final class Launcher implements Callable<Integer> {

    /** The commands, in the order the help lists them. */
    private static final List<Supplier<Object>> COMMANDS = List.of(ReportCommand::new, GenerateCommand::new,
            SearchCommand::new, BenchCommand::new, EncryptCommand::new, DecryptCommand::new, PasswdCommand::new,
            BackupCommand::new, RestoreCommand::new, CheckCommand::new, CompactCommand::new);

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "The folder of the catalogue (default: $LIAISON_LOG_HOME, else the user's data folder).")
    Path catalogue;

    @Option(names = "--example", description = "Load the example catalogue into a new catalogue without asking.")
    boolean example;

    @Option(names = "--language", paramLabel = "en|ru", description = "The interface language (default: the system's).")
    String language;

    public static void main(String[] args) {
        StartupTrace.mark("main");
        // A library looks for SLF4J and, finding no backend, warns on stderr; nothing of ours logs through it.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        var window = WindowArguments.read(List.of(args));
        if (window.isPresent()) {
            HeadStart.begin(window.get()); // the window's catalogue opens while the toolkit starts
            System.exit(window(window.get()));
        }
        System.exit(commandLine().execute(args));
    }

    /** The whole command line: the window's options and every command. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Launcher());
        COMMANDS.forEach(command -> commandLine.addSubcommand(command.get()));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A query's "-word" (without that word) is a word of the query, not an unknown option, nor
        // "-h" and "-V" run together with letters ("-hotel", "-Vienna").
        commandLine.getSubcommands().get("search").setPosixClusteredShortOptionsAllowed(false)
                .setUnmatchedOptionsArePositionalParams(true);
        commandLine.registerConverter(LocalDate.class, text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a day written YYYY-MM-DD");
            }
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            e.getCommandLine().getErr().println("liaison-log: " + e.getMessage() + " (see " + command + " --help)");
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (e instanceof CommandFailure failure) {
                err.println("liaison-log: " + failure.getMessage());
                failure.details().forEach(err::println);
            } else {
                // Our words only: a database's message can quote stored values (issue 6, "crash").
                err.println("liaison-log: " + org.liaisonlog.logic.util.Failures.ours(e)
                        .map(Throwable::getMessage).orElse("the command failed")
                        + " (" + org.liaisonlog.logic.util.Failures.describe(e) + ")");
            }
            err.flush();
            return 1;
        });
        quietFailures();
        return commandLine;
    }

    @Override
    public Integer call() {
        if (language != null && !language.equals("en") && !language.equals("ru")) {
            System.err.println("liaison-log: --language must be en or ru");
            return 2;
        }
        return window(new LaunchOptions(catalogue, example, language));
    }

    /** Opens the window and returns when it has closed. */
    static int window(LaunchOptions options) {
        StartupTrace.mark("command line read");
        Logging.quiet();
        quietFailures();
        LaunchOptions.set(options);
        Application.launch(LiaisonLogApp.class);
        return 0;
    }

    /** A failure nothing caught (on the window's thread, say) is printed without its messages. */
    private static void quietFailures() {
        Thread.setDefaultUncaughtExceptionHandler(org.liaisonlog.logic.util.Failures::printUncaught);
    }

    /** The version from the jar's manifest (set from the pom). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Launcher.class.getPackage().getImplementationVersion();
            return new String[] {"Liaison Log " + (version == null ? "(development)" : version)};
        }
    }
}
