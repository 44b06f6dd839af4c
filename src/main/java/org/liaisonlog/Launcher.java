package org.liaisonlog;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The program's entry point and its one command line. Without a command it opens the window;
 * later issues add headless commands here. Not a JavaFX {@code Application}, so the program
 * starts from a plain class path ({@code java -jar}).
 */
@Command(name = "liaison-log", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Liaison Log: a catalogue of official trips, conferences, attendees and themes.")
public final class Launcher implements Callable<Integer> {

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "The folder of the catalogue (default: $LIAISON_LOG_HOME, else the user's data folder).")
    Path catalogue;

    @Option(names = "--example", description = "Load the example catalogue into a new catalogue without asking.")
    boolean example;

    @Option(names = "--language", paramLabel = "en|ru", description = "The interface language (default: the system's).")
    String language;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Launcher());
        commandLine.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("liaison-log: " + e.getMessage());
            return 2;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        if (language != null && !language.equals("en") && !language.equals("ru")) {
            System.err.println("liaison-log: --language must be en or ru");
            return 2;
        }
        Logging.quiet();
        LaunchOptions.set(new LaunchOptions(catalogue, example, language));
        Application.launch(LiaisonLogApp.class);
        return 0;
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
