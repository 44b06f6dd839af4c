package org.liaisonlog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.backup.BackupsViewModel;
import org.liaisonlog.gui.security.Locker;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.backup.BackupPolicy;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueLocation;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.settings.Appearance;
import org.liaisonlog.logic.settings.SettingsFile;
import org.liaisonlog.logic.settings.UserSettings.WindowPlace;
import org.liaisonlog.logic.settings.UserSettings;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The window program: shows the window at once, opens the catalogue in the background (creating
 * and migrating it if needed), asks on a first start whether to load the example, then shows
 * the events. Remembers language, appearance, window, screen and columns between runs.
 */
public final class LiaisonLogApp extends Application {

    /** How long the program may stay idle before it locks (an encrypted catalogue only). */
    private static final java.time.Duration LOCK_AFTER = java.time.Duration.ofMinutes(10);

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Catalogue catalogue;
    private Stage stage;
    private SettingsFile settingsFile;
    private UserSettings settings = UserSettings.defaults();
    private Workspace workspace;
    /** Locks the window when idle or on Ctrl+L; only for an encrypted catalogue. */
    private Locker locker;
    /** The catalogue's backups: now, daily while open, on closing; on a worker of their own. */
    private BackupsViewModel backups;
    private final FxTaskExecutor backupWorker = new FxTaskExecutor();
    private final javafx.animation.PauseTransition dailyBackup = new javafx.animation.PauseTransition();
    private boolean quitting;
    /** The catalogue's search, its index built once in the background and shared by every workspace shown. */
    private org.liaisonlog.logic.search.CatalogueSearch search;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        LaunchOptions options = LaunchOptions.get();
        Path folder = CatalogueLocation.resolve(options.catalogue());
        settingsFile = new SettingsFile(folder);
        settings = settingsFile.load();
        Styles.use(settings.appearance());
        Messages messages = new Messages(options.locale(settings.language()));
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        stage.setTitle(messages.get("app.title"));
        Scene scene = new Scene(new VBox(), 1280, 800);
        Styles.apply(scene);
        stage.setScene(scene);
        placeWindow(settings.window());
        stage.show();
        new CatalogueOpening(stage, folder, options, messages, dialogs, executor, List.of(),
                opened -> prepare(opened, options, messages, dialogs)).begin();
    }

    /** Readies the catalogue just opened (reference data on a new one), then shows it. */
    private void prepare(H2Catalogue opened, LaunchOptions options, Messages messages, FxDialogService dialogs) {
        executor.run(() -> {
            try {
                FirstStart.prepare(opened);
                return FirstStart.needsChoice(opened);
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, needsChoice -> {
            catalogue = opened;
            if (opened.isEncrypted()) {
                locker = new Locker(stage, messages, executor, catalogue::acceptsPassphrase, LOCK_AFTER);
            }
            backups = new BackupsViewModel(new BackupService(opened, new H2Backups(opened, Clock.systemDefaultZone()),
                    Clock.systemDefaultZone()), backupWorker, dialogs, messages);
            scheduleDailyBackup();
            stage.setOnCloseRequest(e -> {
                e.consume();
                quit();
            });
            Runnable show = () -> showWorkspace(messages, dialogs);
            if (needsChoice) {
                firstStart(options, messages, dialogs, show);
            } else {
                show.run();
            }
        }, error -> {
            dialogs.showError(messages.get("error.openTitle"), ErrorTexts.describe(error, messages));
            Platform.exit();
        });
    }

    /** Looks again when the daily backup falls due, and backs up then if it still is. */
    private void scheduleDailyBackup() {
        dailyBackup.stop();
        dailyBackup.setDuration(javafx.util.Duration.millis(Math.max(60_000, backups.untilDaily().toMillis())));
        dailyBackup.setOnFinished(e -> backups.backUpIfDue(BackupPolicy.Occasion.WHILE_OPEN, this::scheduleDailyBackup));
        dailyBackup.playFromStart();
    }

    /** Closing: a backup first when anything changed since the last one (the status line says so), then quit. */
    private void quit() {
        if (quitting) {
            return; // the backup before closing is running; the window closes when it is done
        }
        if (backups == null) {
            Platform.exit();
            return;
        }
        quitting = true;
        dailyBackup.stop();
        backups.backUpIfDue(BackupPolicy.Occasion.CLOSE, Platform::exit);
    }

    private void firstStart(LaunchOptions options, Messages messages, FxDialogService dialogs, Runnable then) {
        boolean example = options.example() || dialogs.choose(messages.get("firstStart.header"),
                messages.get("firstStart.content"),
                List.of(messages.get("firstStart.example"), messages.get("firstStart.empty"))).orElse(1) == 0;
        executor.run(() -> {
            if (example) {
                FirstStart.loadExample(catalogue);
            } else {
                FirstStart.startEmpty(catalogue);
            }
            return null;
        }, done -> then.run(), error -> {
            dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
            then.run();
        });
    }

    private void showWorkspace(Messages messages, FxDialogService dialogs) {
        // JavaFX's date picker names months and weekdays, and picks the first day of the week, by this.
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, DateTexts.calendarLocale(messages.locale()));
        if (search == null) {
            search = new org.liaisonlog.logic.search.CatalogueSearch(catalogue);
            search.startBuilding();
        }
        workspace = new Workspace(catalogue, executor, dialogs, messages,
                new MainWindowActions(this::quit, this::switchAppearance, this::switchLanguage,
                        locker == null ? null : locker::lock), search);
        workspace.mainWindow().restoreColumns(screensColumns());
        if (backups != null) {
            workspace.mainWindow().enableBackups(backups);
        }
        workspace.mainWindow().show(lastScreen());
        stage.getScene().setRoot(workspace.mainWindow());
        workspace.load();
    }

    private void switchAppearance(Appearance appearance) {
        Styles.use(appearance);
        settings = settings.withAppearance(appearance);
        saveSettings();
    }

    /** Shows the whole window again in the other language; the catalogue stays open. */
    private void switchLanguage(String language) {
        rememberWorkspace();
        workspace.close();
        settings = settings.withLanguage(language);
        saveSettings();
        Messages messages = new Messages(java.util.Locale.forLanguageTag(language));
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        stage.setTitle(messages.get("app.title"));
        showWorkspace(messages, dialogs);
    }

    private org.liaisonlog.gui.Screen lastScreen() {
        try {
            return settings.lastScreen() == null ? org.liaisonlog.gui.Screen.EVENTS
                    : org.liaisonlog.gui.Screen.valueOf(settings.lastScreen());
        } catch (IllegalArgumentException e) {
            return org.liaisonlog.gui.Screen.EVENTS;
        }
    }

    private Map<org.liaisonlog.gui.Screen, List<String>> screensColumns() {
        Map<org.liaisonlog.gui.Screen, List<String>> columns = new EnumMap<>(org.liaisonlog.gui.Screen.class);
        settings.tableColumns().forEach((table, state) -> {
            try {
                columns.put(org.liaisonlog.gui.Screen.valueOf(table), state);
            } catch (IllegalArgumentException e) {
                // a table of an older or newer version: ignored
            }
        });
        return columns;
    }

    /** Puts the window at its remembered place, if that place is still on a screen. */
    private void placeWindow(WindowPlace place) {
        if (place == null) {
            return;
        }
        boolean visible = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .anyMatch(b -> b.intersects(new Rectangle2D(place.x(), place.y(), place.width(), place.height())));
        if (visible) {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
        }
        stage.setMaximized(place.maximized());
    }

    private void rememberWorkspace() {
        if (workspace != null) {
            settings = settings.withLastScreen(workspace.mainWindow().current().name());
            for (var entry : workspace.mainWindow().columns().entrySet()) {
                settings = settings.withTableColumns(entry.getKey().name(), entry.getValue());
            }
        }
        if (stage != null && stage.getWidth() > 0) {
            settings = settings.withWindow(new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
    }

    private void saveSettings() {
        try {
            settingsFile.save(settings);
        } catch (RuntimeException e) {
            // Settings are a convenience: failing to keep them must never stop the program.
            System.err.println("Liaison Log: the settings could not be saved (" + e.getMessage() + ")");
        }
    }

    @Override
    public void stop() {
        if (settingsFile != null) {
            rememberWorkspace();
            saveSettings();
        }
        executor.close();
        backupWorker.close();
        if (locker != null) {
            locker.close();
        }
        if (workspace != null) {
            workspace.close();
        }
        if (search != null) {
            search.close();
        }
        if (catalogue != null) {
            catalogue.close();
        }
    }
}
