package org.liaisonlog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.backup.ClosingViewModel;
import org.liaisonlog.gui.backup.ClosingWindow;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.ProgressPane;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.backup.BackupSettings;
import org.liaisonlog.logic.catalogue.CatalogueLocation;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.settings.Appearance;
import org.liaisonlog.logic.settings.SettingsFile;
import org.liaisonlog.logic.settings.UserSettings;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The window program: shows the window at once, opens the catalogue in the background (creating
 * and migrating it if needed), asks on a first start whether to load the example, then shows
 * the events. Remembers language, appearance, window, screen and columns between runs. The
 * catalogue can be closed and opened again in the same window (a restore, a password change).
 */
public final class LiaisonLogApp extends Application implements CatalogueChanges.Host {

    /** How long the program may stay idle before it locks, unless the user chose otherwise (an encrypted catalogue only). */
    static final java.time.Duration LOCK_AFTER = java.time.Duration.ofMinutes(UserSettings.DEFAULT_LOCK_MINUTES);

    /** How long after the first screen is shown the search index starts building. */
    private static final javafx.util.Duration SEARCH_INDEX_AFTER = javafx.util.Duration.seconds(2);

    private final FxTaskExecutor executor = new FxTaskExecutor();
    /** The catalogue's backups run on a worker of their own. */
    private final FxTaskExecutor backupWorker = new FxTaskExecutor();
    private Stage stage;
    private Path folder;
    private LaunchOptions options;
    private Messages messages;
    private FxDialogService dialogs;
    private SettingsFile settingsFile;
    private UserSettings settings = UserSettings.defaults();
    private Workspace workspace;
    /** What is open of the catalogue; null while it is being opened, closed or changed. */
    private CatalogueSession session;
    private CatalogueChanges changes;
    /** The closing under way (its backup first), or null. */
    private ClosingViewModel closing;
    private Runnable exit = Platform::exit;
    /** True from closing the catalogue for a change until it is opened again. */
    private boolean changing;
    /** What the status line says once the catalogue is open again (after a restore, say). */
    private String pendingNotice;

    @Override
    public void start(Stage primary) {
        StartupTrace.mark("toolkit started");
        this.stage = primary;
        options = LaunchOptions.get();
        folder = CatalogueLocation.resolve(options.catalogue());
        settingsFile = new SettingsFile(folder);
        settings = settingsFile.load();
        Styles.use(settings.appearance());
        useLanguage(options.locale(settings.language()));
        Scene scene = new Scene(new VBox(), 1280, 800);
        Styles.apply(scene);
        stage.setScene(scene);
        StartupProbe.fromEnvironment().watchForData(scene); // off unless asked (installer/measure-startup.sh)
        WindowMemory.place(stage, settings.window());
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        stage.show();
        StartupTrace.mark("window shown");
        changes = new CatalogueChanges(stage, folder, executor, this);
        opening().begin();
    }

    private void useLanguage(java.util.Locale locale) {
        messages = new Messages(locale);
        dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        stage.setTitle(messages.get("app.title"));
    }

    /** The normal opening flow, with the backup folder remembered outside the catalogue for a damaged one. */
    private CatalogueOpening opening() {
        List<Path> backupFolders = new ArrayList<>();
        if (settings.backupFolder() != null) {
            backupFolders.add(Path.of(settings.backupFolder()));
        }
        return new CatalogueOpening(stage, folder, options, messages, dialogs, executor, backupFolders, this::prepare);
    }

    /** Readies the catalogue just opened (reference data on a new one), then shows it. */
    private void prepare(H2Catalogue opened) {
        StartupTrace.mark("catalogue open");
        executor.run(() -> {
            try {
                FirstStart.prepare(opened);
                return new Prepared(FirstStart.needsChoice(opened),
                        new BackupSettings(opened).chosenFolder().map(Path::toString).orElse(null));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, prepared -> {
            StartupTrace.mark("catalogue prepared");
            if (!java.util.Objects.equals(prepared.backupFolder(), settings.backupFolder())) {
                // the backup folder is remembered outside the catalogue too, for a damaged catalogue
                changeSettings(settings.withBackupFolder(prepared.backupFolder()));
            }
            session = new CatalogueSession(opened, stage, messages, dialogs, executor, backupWorker,
                    java.time.Duration.ofMinutes(settings.lockMinutes()));
            if (prepared.needsChoice()) {
                firstStart(this::showWorkspace);
            } else {
                showWorkspace();
            }
        }, error -> {
            dialogs.showError(messages.get("error.openTitle"), ErrorTexts.describe(error, messages));
            exit.run();
        });
    }

    /** A catalogue just opened: whether the first start's question is due, and its backup folder (or null). */
    private record Prepared(boolean needsChoice, String backupFolder) {
    }

    /**
     * Closing: a backup first when anything changed since the last one (a small window says so;
     * closing again offers to skip it), then quit.
     */
    private void quit() {
        if (session == null) {
            if (!changing) {
                exit.run(); // still opening: nothing to back up
            }
            return; // the catalogue is being changed (a restore, a new password): that must finish
        }
        if (closing == null) {
            session.stop();
            closing = new ClosingViewModel(session.backups(), dialogs, messages, this::closeAndExit);
            new ClosingWindow(closing, messages, stage);
        }
        closing.close();
    }

    /**
     * The backup before closing done (or skipped): ends the program; when the catalogue file has
     * grown well past what it holds, it is compacted first, the window saying so meanwhile.
     */
    private void closeAndExit() {
        CatalogueSession last = session;
        if (last == null) {
            stage.hide();
            exit.run();
            return;
        }
        executor.run(() -> ClosingCompaction.isDue(last.catalogue()), due -> {
            if (due) {
                compactAndExit(last);
            } else {
                stage.hide();
                exit.run();
            }
        }, error -> {
            stage.hide();
            exit.run();
        });
    }

    /** Closes the catalogue and compacts it, the window saying so meanwhile; then ends the program. */
    private void compactAndExit(CatalogueSession last) {
        detachSession();
        stage.getScene().setRoot(ProgressPane.of(messages.get("closing.compacting"), "compactProgress"));
        executor.run(() -> ClosingCompaction.closeAndCompact(last.catalogue(), last::close,
                org.liaisonlog.persistence.Compaction::isDue), done -> {
            stage.hide();
            exit.run();
        }, error -> {
            dialogs.showError(messages.get("closing.compactFailed"), ErrorTexts.describe(error, messages));
            stage.hide();
            exit.run();
        });
    }

    /** Ends the program (tests put a recorder in its place, as the toolkit must outlive one program). */
    void exitWith(Runnable action) {
        exit = action;
    }

    private void firstStart(Runnable then) {
        boolean example = options.example() || dialogs.choose(messages.get("firstStart.header"),
                messages.get("firstStart.content"),
                List.of(messages.get("firstStart.example"), messages.get("firstStart.empty"))).orElse(1) == 0;
        executor.run(() -> {
            if (example) {
                FirstStart.loadExample(session.catalogue());
            } else {
                FirstStart.startEmpty(session.catalogue());
            }
            return null;
        }, done -> then.run(), error -> {
            dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
            then.run();
        });
    }

    private void showWorkspace() {
        // JavaFX's date picker names months and weekdays, and picks the first day of the week, by this.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, DateTexts.calendarLocale(messages.locale()));
        var locker = session.locker();
        workspace = new Workspace(session.catalogue(), executor, dialogs, messages,
                new MainWindowActions(this::quit, this::switchAppearance, this::switchLanguage,
                        locker == null ? null : locker::lock), session.search());
        StartupTrace.mark("workspace made");
        workspace.mainWindow().restoreColumns(WindowMemory.columns(settings));
        workspace.mainWindow().enableBackups(session.backups());
        workspace.mainWindow().enableSafety(new SafetyMenu(this, session, stage, executor, changes).actions());
        workspace.mainWindow().show(WindowMemory.lastScreen(settings));
        stage.getScene().setRoot(workspace.mainWindow());
        StartupTrace.mark("workspace built");
        workspace.load();
        startSearchIndexSoon(session);
        if (pendingNotice != null) {
            session.backups().tell(pendingNotice);
            pendingNotice = null;
        }
    }

    /**
     * Starts building the search index once the first screen has had its start (a search asked
     * sooner starts it at once): on two cores the two would otherwise share the processor.
     */
    private void startSearchIndexSoon(CatalogueSession shown) {
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(SEARCH_INDEX_AFTER);
        later.setOnFinished(e -> {
            if (session == shown) {
                shown.startSearchIndex();
            }
        });
        later.play();
    }

    @Override
    public Messages messages() {
        return messages;
    }

    @Override
    public FxDialogService dialogs() {
        return dialogs;
    }

    /** The locker of the catalogue open, or null (none open, or without a password). */
    org.liaisonlog.gui.security.Locker locker() {
        return session == null ? null : session.locker();
    }

    UserSettings settings() {
        return settings;
    }

    /** Keeps the settings changed (the backup folder, the idle time) and saves them. */
    void changeSettings(UserSettings changed) {
        settings = changed;
        saveSettings();
    }

    @Override
    public void closeCatalogue(Runnable then) {
        CatalogueSession closing = detachSession();
        executor.run(() -> {
            closing.close();
            return null;
        }, done -> then.run(), error -> then.run());
    }

    /**
     * Lets go of the open catalogue in the window (its windows remembered, its timers and locker
     * stopped, its workspace closed) and returns it, still open, for the caller to close.
     */
    private CatalogueSession detachSession() {
        settings = WindowMemory.remember(settings, stage, workspace);
        saveSettings();
        CatalogueSession detached = session;
        session = null;
        changing = true;
        detached.stop();
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
        return detached;
    }

    @Override
    public void reopen(char[] password, String notice) {
        pendingNotice = notice;
        changing = false;
        if (password == null) {
            opening().begin();
        } else {
            opening().openWith(password);
        }
    }

    private void switchAppearance(Appearance appearance) {
        Styles.use(appearance);
        settings = settings.withAppearance(appearance);
        saveSettings();
    }

    /** Shows the whole window again in the other language; the catalogue stays open. */
    private void switchLanguage(String language) {
        settings = WindowMemory.remember(settings, stage, workspace);
        workspace.close();
        settings = settings.withLanguage(language);
        saveSettings();
        useLanguage(java.util.Locale.forLanguageTag(language));
        showWorkspace();
    }

    private void saveSettings() {
        try {
            settingsFile.save(settings);
        } catch (RuntimeException e) {
            // Settings are a convenience: failing to keep them must never stop the program.
            System.err.println("Liaison Log: the settings could not be saved (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void stop() {
        if (settingsFile != null) {
            settings = WindowMemory.remember(settings, stage, workspace);
            saveSettings();
        }
        executor.close();
        backupWorker.close();
        if (workspace != null) {
            workspace.close();
        }
        if (session != null) {
            session.stop();
            session.close();
        }
    }
}
