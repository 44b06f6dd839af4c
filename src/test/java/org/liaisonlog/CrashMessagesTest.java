package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.IndexState;
import org.liaisonlog.logic.search.SearchSource;
import org.liaisonlog.logic.util.Failures;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.api.FxToolkit;
import picocli.CommandLine;

/**
 * H2's messages quote stored values (a value too long for its column is printed whole, a
 * duplicate key names the key); none of that reaches the user, a log or stderr: the window
 * shows our words, the command line prints our words and the classes of the failure, loggers
 * and the last-resort handler print the failure's classes and stack without its messages.
 */
class CrashMessagesTest {

    /** A value no message may quote. */
    private static final String SECRET = "Zqxwvortnik";

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    /** A real failure of a save: a city too long for its column, made of the secret. */
    private CatalogueException tooLong;

    @BeforeEach
    void provoke() {
        catalogue = H2Catalogue.open(temp.resolve("catalogue"));
        String city = SECRET.repeat(30);
        Event event = new Event(RecordStamp.fresh(), EventKind.MEETING, "Working meeting", null, null, null,
                List.of(), city, null, null, PartialDate.ofYear(2024), null, null, null, List.of(), List.of(),
                List.of());
        tooLong = catchThrowableOfType(() -> new EventService(catalogue).save(event, List.of(), List.of()),
                CatalogueException.class);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void theDatabaseQuotesTheValueButOurExceptionDoesNot() {
        assertThat(chainText(tooLong)).as("the contrast: H2's own message quotes the value").contains(SECRET);
        assertThat(tooLong.messageKey()).isEqualTo("error.catalogueSave");
        assertThat(tooLong.getMessage()).isEqualTo("The catalogue could not be saved").doesNotContain(SECRET);
        assertThat(Failures.describe(tooLong)).doesNotContain(SECRET);

        // a duplicate of a unique key, quoted by H2 as well
        String key = SECRET.toLowerCase() + "-theme";
        catalogue.themes().insert(new Theme(RecordStamp.fresh(), null, key, "First", null, 1));
        CatalogueException duplicate = catchThrowableOfType(() -> catalogue.themes()
                .insert(new Theme(RecordStamp.fresh(), null, key, "Second", null, 2)), CatalogueException.class);
        assertThat(chainText(duplicate)).contains(key);
        assertThat(duplicate.getMessage()).doesNotContain(key);
        assertThat(Failures.describe(duplicate)).doesNotContain(key)
                .contains("JdbcSQLIntegrityConstraintViolationException");
    }

    @Test
    void theCommandLinePrintsOurWordsAndTheClassesOnly() throws Exception {
        CommandLine commandLine = Launcher.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));

        int status = commandLine.getExecutionExceptionHandler().handleExecutionException(tooLong, commandLine, null);
        // a database failure that escaped unwrapped
        commandLine.getExecutionExceptionHandler()
                .handleExecutionException((Exception) tooLong.getCause(), commandLine, null);

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).doesNotContain(SECRET).contains(
                "liaison-log: The catalogue could not be saved (CatalogueException(error.catalogueSave) < "
                        + "DataException < JdbcSQLDataException)",
                "liaison-log: the command failed (DataException < JdbcSQLDataException)");
    }

    @Test
    void aFailureNothingCaughtIsPrintedWithoutItsMessages() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            Launcher.commandLine(); // installs the handler
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Thread thread = new Thread(() -> {
                throw tooLong;
            }, "some-thread");
            thread.start();
            thread.join();
        } finally {
            System.setErr(stderr);
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain(SECRET).contains(
                "Exception in thread \"some-thread\" org.liaisonlog.logic.catalogue.CatalogueException"
                        + " (error.catalogueSave) (message left out)",
                "Caused by: org.jooq.exception.DataException (message left out)",
                "Caused by: org.h2.jdbc.JdbcSQLDataException (message left out)",
                "at org.liaisonlog.logic.event.EventService.save");
    }

    @Test
    void theSearchIndexLogsItsFailureWithoutItsMessages() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler handler = capture(logged);
        Logger searchLog = Logger.getLogger("org.liaisonlog.logic.search");
        searchLog.addHandler(handler);
        try (CatalogueSearch search = new CatalogueSearch(withFailingSearchSource(catalogue, tooLong))) {
            search.startBuilding();
            assertThat(search.awaitReady(Duration.ofSeconds(60))).isFalse();
            assertThat(search.state().phase()).isEqualTo(IndexState.Phase.FAILED);
        } finally {
            searchLog.removeHandler(handler);
        }
        String text;
        synchronized (logged) {
            text = String.join("\n", logged);
        }
        assertThat(text).contains("the search index could not be built",
                "org.liaisonlog.logic.catalogue.CatalogueException (error.catalogueSave) (message left out)")
                .doesNotContain(SECRET);
    }

    @Test
    void aWindowCallbackThatFailsIsLoggedWithoutItsMessagesAndTheExecutorGoesOn() throws Exception {
        FxToolkit.registerPrimaryStage(); // starts JavaFX
        List<String> logged = new ArrayList<>();
        Handler handler = capture(logged);
        Logger executorLog = Logger.getLogger(FxTaskExecutor.class.getName());
        executorLog.addHandler(handler);
        CompletableFuture<String> next = new CompletableFuture<>();
        try (FxTaskExecutor executor = new FxTaskExecutor()) {
            executor.run(() -> "saved", result -> {
                throw tooLong;
            }, error -> { });
            executor.run(() -> "next", next::complete, next::completeExceptionally);
            assertThat(next.get(60, TimeUnit.SECONDS)).isEqualTo("next");
        } finally {
            executorLog.removeHandler(handler);
        }
        String text;
        synchronized (logged) {
            text = String.join("\n", logged);
        }
        assertThat(text).contains("a task's result could not be handled: CatalogueException(error.catalogueSave)",
                "org.liaisonlog.logic.catalogue.CatalogueException (error.catalogueSave) (message left out)")
                .doesNotContain(SECRET);
    }

    private static Handler capture(List<String> logged) {
        return new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(formatter.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** The catalogue, but its search source fails every call with {@code failure}. */
    private static Catalogue withFailingSearchSource(Catalogue real, RuntimeException failure) {
        SearchSource failing = (SearchSource) Proxy.newProxyInstance(SearchSource.class.getClassLoader(),
                new Class<?>[] {SearchSource.class}, (proxy, method, args) -> {
                    throw failure;
                });
        return (Catalogue) Proxy.newProxyInstance(Catalogue.class.getClassLoader(), new Class<?>[] {Catalogue.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("searchSource")) {
                        return failing;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String chainText(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
