package org.liaisonlog;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisonlog.persistence.KeyDerivation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log bench kdf}: times the key derivation (Argon2id) with the default
 * parameters and a grid around them, to tune the default to about half a second on the machine
 * that matters (decision 13). It needs no catalogue and writes nothing.
 */
@Command(name = "kdf", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Times the derivation of a catalogue key from a password (Argon2id): the default parameters"
                + " and others around them, the median of several runs each.")
final class BenchKdfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Measured runs of each setting (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (runs < 1 || runs > 100) {
            throw new ParameterException(spec.commandLine(), "--runs must be between 1 and 100");
        }
        PrintWriter out = spec.commandLine().getOut();
        Runtime runtime = Runtime.getRuntime();
        out.printf("Liaison Log — key derivation benchmark (Argon2id, Bouncy Castle)%n");
        out.printf("Machine: %d cores, Java %s, max heap %d MB; %d measured runs after 1 warm-up, median%n",
                runtime.availableProcessors(), System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024),
                runs);
        KeyDerivation.Parameters chosen = KeyDerivation.DEFAULT;
        List<KeyDerivation.Parameters> grid = List.of(
                new KeyDerivation.Parameters(19_456, 2, 1), new KeyDerivation.Parameters(65_536, 3, 1),
                new KeyDerivation.Parameters(131_072, 2, 1), new KeyDerivation.Parameters(131_072, 3, 1),
                new KeyDerivation.Parameters(196_608, 3, 1),
                new KeyDerivation.Parameters(262_144, 2, 1), new KeyDerivation.Parameters(262_144, 3, 1),
                chosen);
        out.printf("%-10s %-10s %-11s %10s%n", "memory", "iterations", "parallelism", "median ms");
        for (KeyDerivation.Parameters parameters : grid) {
            double median = median(parameters);
            out.printf("%-10s %-10d %-11d %10.0f%s%n", parameters.memoryKib() / 1024 + " MiB", parameters.iterations(),
                    parameters.parallelism(), median, parameters == chosen ? "   <- the default" : "");
            out.flush();
        }
        return 0;
    }

    private double median(KeyDerivation.Parameters parameters) {
        char[] password = "correct horse battery staple".toCharArray();
        byte[] salt = new byte[32];
        KeyDerivation.derive(password, salt, parameters);
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            salt[0] = (byte) i;
            long start = System.nanoTime();
            KeyDerivation.derive(password, salt, parameters);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }
}
