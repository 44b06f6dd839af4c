package org.liaisonlog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * For the tests of the command line: runs {@code liaison-log} commands in-process as {@code main}
 * runs them, keeping what the last one wrote to standard output and standard error.
 */
abstract class InProcessCommands {

    protected StringWriter out = new StringWriter();
    protected StringWriter err = new StringWriter();

    /** Runs the command line {@code args} and returns its exit code. */
    protected int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        var commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Creates a plain catalogue in {@code folder} holding the example catalogue; returns the folder. */
    protected static Path exampleCatalogue(Path folder) {
        try (H2Catalogue opened = H2Catalogue.open(folder)) {
            FirstStart.prepare(opened);
            ExampleCatalogue.loadInto(opened);
        }
        return folder;
    }
}
