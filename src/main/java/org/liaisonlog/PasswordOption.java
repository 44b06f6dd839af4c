package org.liaisonlog;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The catalogue's password for a command: read from the first line of the file named by
 * {@code --password-file} (for scripts), else asked on the terminal without echo. Never taken as
 * an argument's value, which would end up in the shell's history and the process list. A
 * picocli mixin; the caller wipes the returned array ({@link #wipe}).
 */
final class PasswordOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--password-file", paramLabel = "FILE", converter = ReadableFile.class,
            description = "Read the catalogue's password from the first line of FILE (for scripts); without it the"
                    + " password is asked on the terminal.")
    Path passwordFile;

    /** The password of an existing catalogue: from the file, else asked once. */
    char[] current(String prompt) {
        return passwordFile != null ? firstLine(passwordFile, "--password-file") : ask(prompt);
    }

    /** A new password: from {@code file} when one is named, else asked twice on the terminal (the two must match). */
    char[] fresh(Path file, String option, String prompt) {
        if (file != null) {
            return firstLine(file, option);
        }
        char[] first = ask(prompt);
        char[] second = ask("Type it again: ");
        try {
            if (!Arrays.equals(first, second)) {
                wipe(first);
                throw new CommandFailure("the two passwords differ; nothing was changed");
            }
            return first;
        } finally {
            wipe(second);
        }
    }

    private char[] ask(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw new ParameterException(spec.commandLine(),
                    "no terminal to ask the password on; name a file holding it with --password-file FILE");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            wipe(typed);
            throw new CommandFailure("the password may not be empty; nothing was changed");
        }
        return typed;
    }

    /** The first line of the file (its line end left out), decoded as UTF-8 without an intermediate String. */
    static char[] firstLine(Path file, String option) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read the password file named by " + option + ": " + file);
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new CommandFailure("the password file named by " + option + " is not UTF-8 text");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        int start = chars.length() > 0 && chars.charAt(0) == '\uFEFF' ? 1 : 0;
        int end = start;
        while (end < chars.length() && chars.charAt(end) != '\n' && chars.charAt(end) != '\r') {
            end++;
        }
        char[] line = new char[end - start];
        chars.position(start);
        chars.get(line);
        if (chars.hasArray()) {
            Arrays.fill(chars.array(), '\0');
        }
        if (line.length == 0) {
            throw new CommandFailure("the first line of the password file named by " + option + " is empty");
        }
        return line;
    }

    /**
     * A password file named on the command line: one that does not exist, is a folder or cannot be
     * read is a command-line error at once, whether or not the catalogue turns out to need a password.
     */
    static final class ReadableFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path file = Path.of(value);
            if (!Files.exists(file)) {
                throw new TypeConversionException("there is no file " + value);
            }
            if (Files.isDirectory(file)) {
                throw new TypeConversionException(value + " is a folder, not a file");
            }
            if (!Files.isReadable(file)) {
                throw new TypeConversionException("the file " + value + " cannot be read");
            }
            return file;
        }
    }

    /** Overwrites a password's characters (null is allowed). */
    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
